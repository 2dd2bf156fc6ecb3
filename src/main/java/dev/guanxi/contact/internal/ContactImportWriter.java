package dev.guanxi.contact.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.shared.history.BulkRevisions;
import dev.guanxi.shared.search.SearchKeys;
import dev.guanxi.shared.sql.CopyRows;
import dev.guanxi.shared.sql.TableStatistics;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a chunk of imported contacts in bulk, in the chunk's transaction: new ones with COPY, changed
 * ones with one batched UPDATE guarded by their version (an edit made meanwhile wins, and the row says
 * so), and the change history (Envers' contacts_aud) of both under one revision of the importing user —
 * so the contact page's history shows "created by import" like any other change.
 */
@Component
class ContactImportWriter {

    private static final String INSERT_COLUMNS = "id, external_id, account_id, name, gender, title, department_name, phone, "
            + "mobile, email, other_email, wechat, decision_role, key_decision_maker, birthday, address, notes, owner_id, "
            + "department_id, search_text, search_tokens, version, created_at, created_by, updated_at, updated_by";
    private static final String AUDITED_COLUMNS = "id, external_id, account_id, name, gender, title, department_name, phone, "
            + "mobile, email, other_email, wechat, decision_role, key_decision_maker, birthday, address, notes, owner_id, "
            + "department_id, deleted_at";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final BulkRevisions revisions;
    private final TableStatistics statistics;

    ContactImportWriter(JdbcTemplate jdbc, DataSource dataSource, BulkRevisions revisions, TableStatistics statistics) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.revisions = revisions;
        this.statistics = statistics;
    }

    /** Writes the chunk; returns the updates that lost against a concurrent edit (their record id set). */
    List<RowOutcome> write(List<ImportedContact> creates, List<ImportedContact> updates, CurrentUser importer) {
        if (creates.isEmpty() && updates.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        insert(creates, importer.id(), now);
        List<UUID> updated = new ArrayList<>();
        List<RowOutcome> lost = update(updates, importer.id(), now, updated);
        long revision = revisions.create(now, importer.id(), importer.name());
        audit(revision, 0, creates.stream().map(c -> c.id).toList());
        audit(revision, 1, updated);
        return lost;
    }

    private void insert(List<ImportedContact> creates, UUID by, Instant now) {
        CopyRows copy = new CopyRows("contacts", INSERT_COLUMNS);
        for (ImportedContact c : creates) {
            SearchKeys keys = c.searchKeys();
            copy.uuid(c.id).text(c.externalId).uuid(c.accountId).text(c.name).text(c.gender).text(c.title)
                    .text(c.departmentName).text(c.phone).text(c.mobile).text(c.email).text(c.otherEmail).text(c.wechat)
                    .text(c.decisionRole).bool(c.keyDecisionMaker).date(c.birthday).text(c.address).text(c.notes)
                    .uuid(c.ownerId).uuid(c.departmentId).text(keys.text()).textArray(keys.tokens()).number(0L)
                    .instant(now).uuid(by).instant(now).uuid(by);
            copy.endRow();
        }
        statistics.grew("contacts", copy.copy(dataSource));
    }

    private List<RowOutcome> update(List<ImportedContact> updates, UUID by, Instant now, List<UUID> updated) {
        if (updates.isEmpty()) {
            return List.of();
        }
        int[][] counts = jdbc.batchUpdate("""
                update contacts set external_id = ?, account_id = ?, name = ?, gender = ?, title = ?, department_name = ?,
                       phone = ?, mobile = ?, email = ?, other_email = ?, wechat = ?, decision_role = ?,
                       key_decision_maker = ?, birthday = ?, address = ?, notes = ?, owner_id = ?, department_id = ?,
                       search_text = ?, search_tokens = ?, version = version + 1, updated_at = ?, updated_by = ?
                where id = ? and version = ? and deleted_at is null
                """, updates, 500, (PreparedStatement ps, ImportedContact c) -> {
            SearchKeys keys = c.searchKeys();
            int i = 1;
            ps.setString(i++, c.externalId);
            ps.setObject(i++, c.accountId);
            ps.setString(i++, c.name);
            ps.setString(i++, c.gender);
            ps.setString(i++, c.title);
            ps.setString(i++, c.departmentName);
            ps.setString(i++, c.phone);
            ps.setString(i++, c.mobile);
            ps.setString(i++, c.email);
            ps.setString(i++, c.otherEmail);
            ps.setString(i++, c.wechat);
            ps.setString(i++, c.decisionRole);
            ps.setBoolean(i++, c.keyDecisionMaker);
            ps.setObject(i++, c.birthday, Types.DATE);
            ps.setString(i++, c.address);
            ps.setString(i++, c.notes);
            ps.setObject(i++, c.ownerId);
            ps.setObject(i++, c.departmentId);
            ps.setString(i++, keys.text());
            ps.setArray(i++, ps.getConnection().createArrayOf("text", keys.tokens().toArray()));
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setObject(i++, by);
            ps.setObject(i++, c.id);
            ps.setLong(i, c.version);
        });
        List<RowOutcome> lost = new ArrayList<>();
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                ImportedContact contact = updates.get(index++);
                if (count == 1) {
                    updated.add(contact.id);
                } else {
                    lost.add(new RowOutcome(0, RowOutcome.Kind.REJECTED, contact.id, null, "import.row.changed-meanwhile", null));
                }
            }
        }
        return lost;
    }

    private void audit(long revision, int revisionType, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("insert into contacts_aud (rev, revtype, " + AUDITED_COLUMNS + ") select ?, ?, " + AUDITED_COLUMNS
                + " from contacts where id = any(?)", ps -> {
            ps.setLong(1, revision);
            ps.setInt(2, revisionType);
            ps.setArray(3, ps.getConnection().createArrayOf("uuid", ids.toArray()));
        });
    }
}
