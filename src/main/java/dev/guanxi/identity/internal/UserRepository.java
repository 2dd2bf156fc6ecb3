package dev.guanxi.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

    @Query("select u from User u where lower(u.email) = lower(?1)")
    Optional<User> findByEmail(String email);

    List<User> findAllByOrderByNameAsc();

    long countByDepartmentId(UUID departmentId);

    @Query("select count(u) from User u join u.roles r where u.active and r = dev.guanxi.identity.Role.ADMIN and u.id <> ?1")
    long countActiveAdministratorsOtherThan(UUID userId);
}
