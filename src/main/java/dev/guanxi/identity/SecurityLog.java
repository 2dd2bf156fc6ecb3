package dev.guanxi.identity;

/**
 * The append-only security log (logins, role and permission changes, exports). Modules record what
 * an auditor must be able to see; nobody can edit or delete an entry.
 */
public interface SecurityLog {

    void record(String action, String targetType, String targetId, String detail);
}
