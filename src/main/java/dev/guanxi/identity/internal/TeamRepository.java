package dev.guanxi.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, UUID> {

    // Pages and the API show members after the transaction: load them with the team, in the same query.
    @EntityGraph(attributePaths = "memberIds")
    List<Team> findAllByOrderByNameAsc();

    @EntityGraph(attributePaths = "memberIds")
    Optional<Team> findWithMembersById(UUID id);
}
