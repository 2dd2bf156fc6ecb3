package dev.guanxi.identity.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, UUID> {

    long countByParentId(UUID parentId);
}
