package dev.guanxi.customer.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID>, JpaSpecificationExecutor<Account> {

    Optional<Account> findByExternalId(String externalId);

    /** A user changed department: their accounts count in the new department from now on. */
    @Modifying
    @Query("update Account a set a.departmentId = ?2 where a.ownerId = ?1")
    int moveOwnedAccounts(UUID ownerId, UUID departmentId);
}
