package dev.guanxi.contact.internal;

import dev.guanxi.imports.ImportRow;
import dev.guanxi.shared.search.SearchKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact as an import writes it: a new one, or an existing one loaded whole so that an update
 * changes exactly the cells the file fills and keeps every other value.
 */
final class ImportedContact {

    static final String COLUMNS = "id, external_id, account_id, name, gender, title, department_name, phone, mobile, email, "
            + "other_email, wechat, decision_role, key_decision_maker, birthday, address, notes, owner_id, department_id, version";

    UUID id;
    long version;
    String externalId;
    UUID accountId;
    String name;
    String gender;
    String title;
    String departmentName;
    String phone;
    String mobile;
    String email;
    String otherEmail;
    String wechat;
    String decisionRole;
    boolean keyDecisionMaker;
    LocalDate birthday;
    String address;
    String notes;
    UUID ownerId;
    UUID departmentId;

    static ImportedContact read(ResultSet rs) throws SQLException {
        ImportedContact c = new ImportedContact();
        c.id = rs.getObject("id", UUID.class);
        c.externalId = rs.getString("external_id");
        c.accountId = rs.getObject("account_id", UUID.class);
        c.name = rs.getString("name");
        c.gender = rs.getString("gender");
        c.title = rs.getString("title");
        c.departmentName = rs.getString("department_name");
        c.phone = rs.getString("phone");
        c.mobile = rs.getString("mobile");
        c.email = rs.getString("email");
        c.otherEmail = rs.getString("other_email");
        c.wechat = rs.getString("wechat");
        c.decisionRole = rs.getString("decision_role");
        c.keyDecisionMaker = rs.getBoolean("key_decision_maker");
        c.birthday = rs.getObject("birthday", LocalDate.class);
        c.address = rs.getString("address");
        c.notes = rs.getString("notes");
        c.ownerId = rs.getObject("owner_id", UUID.class);
        c.departmentId = rs.getObject("department_id", UUID.class);
        c.version = rs.getLong("version");
        return c;
    }

    /** Takes every field the row fills; owner and department are the target's decision, not set here. */
    void apply(ImportRow row) {
        if (row.has("externalId")) externalId = row.text("externalId");
        if (row.has("accountId")) accountId = row.id("accountId");
        if (row.has("name")) name = row.text("name");
        if (row.has("gender")) gender = row.text("gender");
        if (row.has("title")) title = row.text("title");
        if (row.has("departmentName")) departmentName = row.text("departmentName");
        if (row.has("phone")) phone = row.text("phone");
        if (row.has("mobile")) mobile = row.text("mobile");
        if (row.has("email")) email = row.text("email");
        if (row.has("otherEmail")) otherEmail = row.text("otherEmail");
        if (row.has("wechat")) wechat = row.text("wechat");
        if (row.has("decisionRole")) decisionRole = row.text("decisionRole");
        if (row.has("keyDecisionMaker")) keyDecisionMaker = row.bool("keyDecisionMaker");
        if (row.has("birthday")) birthday = row.date("birthday");
        if (row.has("address")) address = row.text("address");
        if (row.has("notes")) notes = row.text("notes");
    }

    /** The same keys {@link Contact} stores for search, computed the same way. */
    SearchKeys searchKeys() {
        return Contact.searchKeysOf(name, phone, mobile, email, otherEmail, wechat, externalId);
    }
}
