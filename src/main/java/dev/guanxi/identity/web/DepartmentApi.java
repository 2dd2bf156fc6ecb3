package dev.guanxi.identity.web;

import dev.guanxi.identity.DepartmentSummary;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.internal.Department;
import dev.guanxi.identity.internal.DepartmentAdministration;
import dev.guanxi.identity.internal.UserLookup;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.web.ETags;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The department tree (部门). A company has tens to hundreds of departments: one page holds them all. */
@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments")
class DepartmentApi {

    private final UserDirectory directory;
    private final UserLookup lookup;
    private final DepartmentAdministration administration;

    DepartmentApi(UserDirectory directory, UserLookup lookup, DepartmentAdministration administration) {
        this.directory = directory;
        this.lookup = lookup;
        this.administration = administration;
    }

    record DepartmentView(UUID id, long version, String name, UUID parentId, Instant createdAt, Instant updatedAt) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.getId(), d.getVersion(), d.getName(), d.getParentId(), d.getCreatedAt(), d.getUpdatedAt());
        }
    }

    record TreeEntry(UUID id, String name, UUID parentId, int depth) {
        static TreeEntry of(DepartmentSummary d) {
            return new TreeEntry(d.id(), d.name(), d.parentId(), d.depth());
        }
    }

    @GetMapping
    Slice<TreeEntry> list() {
        return new Slice<>(directory.departments().stream().map(TreeEntry::of).toList(), null);
    }

    @GetMapping("/{id}")
    ResponseEntity<DepartmentView> get(@PathVariable UUID id) {
        Department department = lookup.requireDepartment(id);
        return ETags.ok(DepartmentView.of(department), department.getVersion());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> create(@RequestBody JsonNode body) {
        Department department = administration.create(text(body, "name"), uuid(body, "parentId"));
        return ETags.created("/api/v1/departments/" + department.getId(), DepartmentView.of(department), department.getVersion());
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Department current = lookup.requireDepartment(id);
        String name = body.has("name") ? text(body, "name") : current.getName();
        UUID parentId = body.has("parentId") ? uuid(body, "parentId") : current.getParentId();
        Department department = administration.update(id, name, parentId, ETags.expectedVersion(ifMatch));
        return ETags.ok(DepartmentView.of(department), department.getVersion());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        administration.delete(id);
        return ResponseEntity.noContent().build();
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw dev.guanxi.shared.problem.ValidationException.of(field, "validation.type");
        }
        return value.asString();
    }

    static UUID uuid(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw dev.guanxi.shared.problem.ValidationException.of(field, "validation.reference-unknown");
        }
    }
}
