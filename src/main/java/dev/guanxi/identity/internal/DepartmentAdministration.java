package dev.guanxi.identity.internal;

import dev.guanxi.identity.SecurityLog;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree (部门): create, rename, move (never under its own subtree), delete when empty. */
@Service
public class DepartmentAdministration {

    private final DepartmentRepository departments;
    private final UserRepository users;
    private final SecurityLog securityLog;

    DepartmentAdministration(DepartmentRepository departments, UserRepository users, SecurityLog securityLog) {
        this.departments = departments;
        this.users = users;
        this.securityLog = securityLog;
    }

    @Transactional
    public Department create(String name, UUID parentId) {
        String cleanName = requireName(name);
        requireParent(parentId);
        Department department = departments.save(new Department(cleanName, parentId));
        securityLog.record("department.created", "department", department.getId().toString(), cleanName);
        return department;
    }

    @Transactional
    public Department update(UUID id, String name, UUID parentId, Long expectedVersion) {
        Department department = departments.findById(id).orElseThrow(NotFoundException::new);
        department.requireVersion(expectedVersion);
        String cleanName = requireName(name);
        requireParent(parentId);
        if (parentId != null && isInSubtree(parentId, id)) {
            throw ValidationException.of("parentId", "validation.department-cycle");
        }
        boolean moved = !java.util.Objects.equals(parentId, department.getParentId());
        department.setName(cleanName);
        department.setParentId(parentId);
        departments.saveAndFlush(department);
        if (moved) {
            // Moving a department changes which managers see its records.
            securityLog.record("department.moved", "department", id.toString(), "parent=" + parentId);
        }
        return department;
    }

    @Transactional
    public void delete(UUID id) {
        Department department = departments.findById(id).orElseThrow(NotFoundException::new);
        if (departments.countByParentId(id) > 0 || users.countByDepartmentId(id) > 0) {
            throw new ConflictException("problem.department-not-empty");
        }
        departments.delete(department);
        securityLog.record("department.deleted", "department", id.toString(), department.getName());
    }

    private boolean isInSubtree(UUID candidate, UUID root) {
        Set<UUID> seen = new HashSet<>();
        UUID current = candidate;
        while (current != null && seen.add(current)) {
            if (current.equals(root)) {
                return true;
            }
            current = departments.findById(current).map(Department::getParentId).orElse(null);
        }
        return false;
    }

    private void requireParent(UUID parentId) {
        if (parentId != null && !departments.existsById(parentId)) {
            throw ValidationException.of("parentId", "validation.reference-unknown");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "validation.required");
        }
        if (name.strip().length() > 100) {
            throw ValidationException.of("name", "validation.too-long", 100);
        }
        return name.strip();
    }
}
