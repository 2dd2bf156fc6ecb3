package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountsReassigned;
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
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a chunk of imported accounts in bulk, in the chunk's transaction: new ones with COPY, changed
 * ones with one batched UPDATE guarded by their version (an edit made meanwhile wins, and the row says
 * so), and the change history (Envers' accounts_aud) of both under one revision of the importing user.
 * No AccountCreated per row: an import of 100 000 accounts is not 100 000 timeline entries and webhooks.
 * Owner changes are announced once per chunk, so the accounts' contacts follow as after a reassignment.
 */
@Component
class AccountImportWriter {

    private static final String DATA_COLUMNS = "id, external_id, name, individual, type, industry, grade, status, source, "
            + "owner_id, department_id, region, country, province, city, address, postal_code, shipping_address, phone, "
            + "fax, email, website, annual_revenue, currency, employees, capacity, annual_demand, credit_limit, "
            + "payment_terms_days, tax_id, parent_account_id, tags, description";
    private static final String INSERT_COLUMNS = DATA_COLUMNS
            + ", search_text, search_tokens, version, created_at, created_by, updated_at, updated_by";
    private static final String AUDITED_COLUMNS = DATA_COLUMNS + ", deleted_at";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final BulkRevisions revisions;
    private final TableStatistics statistics;
    private final ApplicationEventPublisher events;

    AccountImportWriter(JdbcTemplate jdbc, DataSource dataSource, BulkRevisions revisions, ApplicationEventPublisher events,
                        TableStatistics statistics) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.revisions = revisions;
        this.statistics = statistics;
        this.events = events;
    }

    /**
     * Writes the chunk; {@code previousOwners} holds the owner each updated account had when loaded.
     * Returns the updates that lost against a concurrent edit (their record id set).
     */
    List<RowOutcome> write(List<ImportedAccount> creates, List<ImportedAccount> updates, Map<UUID, UUID> previousOwners,
                           CurrentUser importer) {
        if (creates.isEmpty() && updates.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        insert(creates, importer.id(), now);
        List<ImportedAccount> updated = new ArrayList<>();
        List<RowOutcome> lost = update(updates, importer.id(), now, updated);
        long revision = revisions.create(now, importer.id(), importer.name());
        audit(revision, 0, creates.stream().map(a -> a.id).toList());
        audit(revision, 1, updated.stream().map(a -> a.id).toList());
        List<AccountsReassigned.Reassignment> moved = updated.stream()
                .filter(a -> !java.util.Objects.equals(previousOwners.get(a.id), a.ownerId))
                .map(a -> new AccountsReassigned.Reassignment(a.id, previousOwners.get(a.id), a.ownerId, a.departmentId))
                .toList();
        if (!moved.isEmpty()) {
            events.publishEvent(new AccountsReassigned(moved));
        }
        return lost;
    }

    private void insert(List<ImportedAccount> creates, UUID by, Instant now) {
        CopyRows copy = new CopyRows("accounts", INSERT_COLUMNS);
        for (ImportedAccount a : creates) {
            SearchKeys keys = a.searchKeys();
            copy.uuid(a.id).text(a.externalId).text(a.name).bool(a.individual).text(a.type).text(a.industry)
                    .text(a.grade).text(a.status).text(a.source).uuid(a.ownerId).uuid(a.departmentId).text(a.region)
                    .text(a.country).text(a.province).text(a.city).text(a.address).text(a.postalCode)
                    .text(a.shippingAddress).text(a.phone).text(a.fax).text(a.email).text(a.website)
                    .number(a.annualRevenue).text(a.currency).number(a.employees).text(a.capacity).text(a.annualDemand)
                    .number(a.creditLimit).number(a.paymentTermsDays).text(a.taxId).uuid(a.parentAccountId)
                    .textArray(a.tags).text(a.description)
                    .text(keys.text()).textArray(keys.tokens()).number(0L).instant(now).uuid(by).instant(now).uuid(by);
            copy.endRow();
        }
        statistics.grew("accounts", copy.copy(dataSource));
    }

    private List<RowOutcome> update(List<ImportedAccount> updates, UUID by, Instant now, List<ImportedAccount> updated) {
        if (updates.isEmpty()) {
            return List.of();
        }
        int[][] counts = jdbc.batchUpdate("""
                update accounts set external_id = ?, name = ?, type = ?, industry = ?, grade = ?, status = ?, source = ?,
                       owner_id = ?, department_id = ?, region = ?, country = ?, province = ?, city = ?, address = ?,
                       postal_code = ?, phone = ?, fax = ?, email = ?, website = ?, annual_revenue = ?, currency = ?,
                       employees = ?, tax_id = ?, parent_account_id = ?, tags = ?, description = ?,
                       search_text = ?, search_tokens = ?, version = version + 1, updated_at = ?, updated_by = ?
                where id = ? and version = ? and deleted_at is null
                """, updates, 500, (PreparedStatement ps, ImportedAccount a) -> {
            SearchKeys keys = a.searchKeys();
            int i = 1;
            ps.setString(i++, a.externalId);
            ps.setString(i++, a.name);
            ps.setString(i++, a.type);
            ps.setString(i++, a.industry);
            ps.setString(i++, a.grade);
            ps.setString(i++, a.status);
            ps.setString(i++, a.source);
            ps.setObject(i++, a.ownerId);
            ps.setObject(i++, a.departmentId);
            ps.setString(i++, a.region);
            ps.setString(i++, a.country);
            ps.setString(i++, a.province);
            ps.setString(i++, a.city);
            ps.setString(i++, a.address);
            ps.setString(i++, a.postalCode);
            ps.setString(i++, a.phone);
            ps.setString(i++, a.fax);
            ps.setString(i++, a.email);
            ps.setString(i++, a.website);
            ps.setBigDecimal(i++, a.annualRevenue);
            ps.setString(i++, a.currency);
            ps.setObject(i++, a.employees, Types.INTEGER);
            ps.setString(i++, a.taxId);
            ps.setObject(i++, a.parentAccountId);
            ps.setArray(i++, ps.getConnection().createArrayOf("text", a.tags.toArray()));
            ps.setString(i++, a.description);
            ps.setString(i++, keys.text());
            ps.setArray(i++, ps.getConnection().createArrayOf("text", keys.tokens().toArray()));
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setObject(i++, by);
            ps.setObject(i++, a.id);
            ps.setLong(i, a.version);
        });
        List<RowOutcome> lost = new ArrayList<>();
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                ImportedAccount account = updates.get(index++);
                if (count == 1) {
                    updated.add(account);
                } else {
                    lost.add(new RowOutcome(0, RowOutcome.Kind.REJECTED, account.id, null, "import.row.changed-meanwhile", null));
                }
            }
        }
        return lost;
    }

    private void audit(long revision, int revisionType, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("insert into accounts_aud (rev, revtype, " + AUDITED_COLUMNS + ") select ?, ?, " + AUDITED_COLUMNS
                + " from accounts where id = any(?)", ps -> {
            ps.setLong(1, revision);
            ps.setInt(2, revisionType);
            ps.setArray(3, ps.getConnection().createArrayOf("uuid", ids.toArray()));
        });
    }
}
