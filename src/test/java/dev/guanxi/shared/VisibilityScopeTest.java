package dev.guanxi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.visibility.VisibilityScope.Reach;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisibilityScopeTest {

    final UUID me = UUID.randomUUID();
    final UUID colleague = UUID.randomUUID();
    final UUID myDepartment = UUID.randomUUID();
    final UUID otherDepartment = UUID.randomUUID();

    @Test
    void aRepOwnsOnlyTheirRecordsButReadsThePool() {
        VisibilityScope rep = new VisibilityScope(me, Reach.OWN, List.of());
        assertThat(rep.owns(me, myDepartment)).isTrue();
        assertThat(rep.owns(colleague, myDepartment)).isFalse();
        assertThat(rep.canRead(null, null)).isTrue();
        assertThat(rep.owns(null, null)).isFalse();
    }

    @Test
    void aManagerSeesTheDepartmentsOfTheirSubtree() {
        VisibilityScope manager = new VisibilityScope(me, Reach.DEPARTMENTS, List.of(myDepartment));
        assertThat(manager.owns(colleague, myDepartment)).isTrue();
        assertThat(manager.owns(colleague, otherDepartment)).isFalse();
        assertThat(manager.ownedSql("a").sql()).contains("a.department_id in (:visibleDepartments)");
    }

    @Test
    void aManagerWithoutDepartmentFallsBackToOwnRecords() {
        assertThat(new VisibilityScope(me, Reach.DEPARTMENTS, List.of()).reach()).isEqualTo(Reach.OWN);
    }

    @Test
    void withoutAUserNothingIsVisible() {
        VisibilityScope none = VisibilityScope.none();
        assertThat(none.canRead(null, null)).isFalse();
        assertThat(none.readableSql("a").sql()).isEqualTo("false");
    }
}
