package dev.guanxi.identity;

import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Departments and users written by an import (数据导入), with the rules of the admin pages and of
 * {@code POST /api/v1/users} / {@code /api/v1/departments}. Nothing here throws for a bad record: what
 * the admin page would refuse comes back as field problems, so one bad row never spoils the
 * transaction of its chunk. The caller is responsible for allowing administrators only.
 */
public interface OrgChartImport {

    /** Creates a department; the caller has checked the name (1–100 characters, unique among its siblings) and parent. */
    UUID createDepartment(String name, UUID parentId);

    /** Users with these e-mail addresses (compared case-insensitively), by lower-case e-mail. */
    Map<String, StaffMember> usersByEmail(Collection<String> emails);

    /**
     * Creates a user (or only checks, {@code dryRun}) who can sign in only after accepting an
     * invitation: the password is a random secret nobody knows. Fields left null take the form's defaults.
     */
    Result createUser(StaffDraft draft, boolean dryRun);

    /**
     * Changes an existing user as the admin page would (roles, department, disabling — with the security
     * log, {@link UserMovedToDepartment}, {@link UserDeactivated} and the end of the user's sessions):
     * fields left null keep their value; the e-mail and password are never changed.
     */
    Result updateUser(UUID userId, StaffDraft changes, boolean dryRun);

    /**
     * Issues an invitation to set a password, valid for {@link #INVITATION_DAYS} days; returns the token,
     * which is stored only as a digest and so can never be shown again. Earlier invitations of the user end.
     */
    String issueInvitation(UUID userId);

    int INVITATION_DAYS = 7;

    record StaffMember(UUID id, String email, String name, boolean active) {
    }

    /** A user as a file describes them; null means "not given". */
    record StaffDraft(String name, String email, UUID departmentId, UUID managerId, Set<String> roles, String language,
                      String timeZone, Boolean active, String phone, String title) {
    }

    /** The user's id (null in a dry run), or what is wrong (then nothing was written). */
    record Result(UUID id, List<FieldProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
