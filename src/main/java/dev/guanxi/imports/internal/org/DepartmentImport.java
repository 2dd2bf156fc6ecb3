package dev.guanxi.imports.internal.org;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.OrgChartImport;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.ImportBatch;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportRow;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.imports.RowOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Departments (部门) from a file — an org chart, one department per row with its parent, administrators
 * only. The parent is named by id, by name or by path ("销售部/华东区") and may be a department created
 * by an earlier row of the same file: rows are applied in file order, so parents come first. That is
 * why the parent is resolved here and not by the engine, which resolves a chunk's references before
 * the chunk is applied. A department is recognised by its name under the same parent (departments
 * have no external id); a duplicate has nothing else to change, so it is skipped unless the mapping
 * says {@code create}, which the tree refuses (sibling names are unique). Existing departments are
 * never moved, so an import cannot make a cycle.
 */
@Component
class DepartmentImport implements ImportTarget {

    private final OrgChartImport orgChart;
    private final UserDirectory directory;
    private final List<ImportField> fields = List.of(
            ImportField.text("name", "import.field.department.name", 100, "Department", "Department name", "Name",
                    "部门", "部门名称", "名称").asRequired(),
            ImportField.text("parentId", "field.parent-department", 500, "Parent", "Parent department", "Parent path",
                    "上级部门", "上级", "所属部门", "父部门"));

    DepartmentImport(OrgChartImport orgChart, UserDirectory directory) {
        this.orgChart = orgChart;
        this.directory = directory;
    }

    @Override
    public String entity() {
        return "departments";
    }

    @Override
    public String labelKey() {
        return "import.entity.departments";
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        return user.isAdmin();
    }

    @Override
    public List<ImportField> fields() {
        return fields;
    }

    @Override
    public List<String> matchFields() {
        return List.of("name");
    }

    @Override
    public List<RowOutcome> apply(ImportBatch batch) {
        if (!mayImport(batch.importer())) {
            // the importer lost the administrator role after starting the job
            return batch.rows().stream().map(r -> RowOutcome.rejected(r.number(), null, "import.entity.forbidden",
                    entity())).toList();
        }
        DepartmentPaths tree = DepartmentPaths.of(directory.departments());
        if (batch.dryRun()) {
            tree.addPending(batch.seenKeys());
        }
        List<RowOutcome> outcomes = new ArrayList<>(batch.rows().size());
        for (ImportRow row : batch.rows()) {
            outcomes.add(apply(row, tree, batch));
        }
        return outcomes;
    }

    private RowOutcome apply(ImportRow row, DepartmentPaths tree, ImportBatch batch) {
        String name = row.text("name").strip();
        if (DepartmentPaths.hasSeparator(name)) {
            return RowOutcome.rejected(row.number(), "name", "import.department.name-separator", name);
        }
        DepartmentPaths.Node parent = null;
        String parentReference = row.text("parentId");
        if (parentReference != null) {
            DepartmentPaths.Lookup lookup = tree.resolve(parentReference);
            if (lookup.ambiguous()) {
                return RowOutcome.rejected(row.number(), "parentId", "import.department.ambiguous", parentReference);
            }
            if (lookup.node() == null) {
                return RowOutcome.rejected(row.number(), "parentId", "import.row.unknown-reference", parentReference);
            }
            parent = lookup.node();
        }
        DepartmentPaths.Node existing = tree.child(parent, name);
        if (existing != null) {
            return batch.onDuplicate() == DuplicateMode.CREATE
                    ? RowOutcome.rejected(row.number(), "name", "import.department.exists", existing.path())
                    : RowOutcome.skipped(row.number(), batch.dryRun() ? null : existing.id());
        }
        UUID id = batch.dryRun() ? UUID.randomUUID() : orgChart.createDepartment(name, parent == null ? null : parent.id());
        DepartmentPaths.Node created = tree.add(id, name, parent);
        if (batch.dryRun()) {
            batch.seenKeys().add(DepartmentPaths.PENDING_KEY + created.pathKey());
        }
        return RowOutcome.created(row.number(), batch.dryRun() ? null : id);
    }
}
