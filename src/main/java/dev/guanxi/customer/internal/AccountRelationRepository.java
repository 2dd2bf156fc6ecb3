package dev.guanxi.customer.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRelationRepository extends JpaRepository<AccountRelation, UUID> {

    @Query("select r from AccountRelation r where r.fromAccountId in ?1 or r.toAccountId in ?1")
    List<AccountRelation> findTouching(Collection<UUID> accountIds);

    boolean existsByFromAccountIdAndToAccountIdAndType(UUID from, UUID to, AccountRelationType type);
}
