package dev.guanxi.sales.internal;

import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buying committee of a deal (CUTE): who the coach, users, technical and economic buyers are and
 * how each stands toward us. Warns when no economic buyer or no coach is known, or a key person opposes.
 */
@Service
public class BuyingCommittee {

    private final JdbcClient jdbc;
    private final OpportunityAccess access;
    private final dev.guanxi.contact.Contacts contacts;

    BuyingCommittee(JdbcClient jdbc, OpportunityAccess access, dev.guanxi.contact.Contacts contacts) {
        this.jdbc = jdbc;
        this.access = access;
        this.contacts = contacts;
    }

    public record Member(UUID id, UUID contactId, String contactName, String title, Influence influence,
                         Attitude attitude, String note, Instant addedAt) {
    }

    /** What is missing or risky in the committee, as message keys. */
    public enum Warning {
        NO_ECONOMIC_BUYER("coverage.no-economic-buyer"),
        NO_COACH("coverage.no-coach"),
        KEY_PERSON_OPPOSES("coverage.key-person-opposes");

        private final String messageKey;

        Warning(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    @Transactional(readOnly = true)
    public List<Member> of(UUID opportunityId) {
        access.readable(opportunityId);
        List<Member> all = members(List.of(opportunityId));
        java.util.Map<UUID, dev.guanxi.contact.ContactSummary> visible =
                contacts.findReadable(all.stream().map(Member::contactId).toList());
        return all.stream().filter(m -> visible.containsKey(m.contactId())).toList();
    }

    /** Members of many deals at once (the board's coverage warnings): contacts the user may not see are left out. */
    List<Member> members(List<UUID> opportunityIds) {
        if (opportunityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.contact_id, c.name, c.title, m.influence, m.attitude, m.note, m.created_at, m.opportunity_id
                        from opportunity_contacts m join contacts c on c.id = m.contact_id and c.deleted_at is null
                        where m.opportunity_id in (:ids) order by m.created_at
                        """)
                .param("ids", opportunityIds)
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), Influence.valueOf(rs.getString(5).toUpperCase()),
                        Attitude.valueOf(rs.getString(6).toUpperCase()), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Coverage warnings per deal: CUTE roles missing, or an economic or technical buyer opposing. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Set<Warning>> warnings(List<UUID> opportunityIds) {
        java.util.Map<UUID, Set<Influence>> covered = new java.util.HashMap<>();
        java.util.Map<UUID, Set<Warning>> warnings = new java.util.HashMap<>();
        opportunityIds.forEach(id -> {
            covered.put(id, EnumSet.noneOf(Influence.class));
            warnings.put(id, EnumSet.noneOf(Warning.class));
        });
        if (!opportunityIds.isEmpty()) {
            jdbc.sql("select opportunity_id, influence, attitude from opportunity_contacts where opportunity_id in (:ids)")
                    .param("ids", opportunityIds)
                    .query(rs -> {
                        UUID id = rs.getObject(1, UUID.class);
                        Influence influence = Influence.valueOf(rs.getString(2).toUpperCase());
                        covered.get(id).add(influence);
                        boolean key = influence == Influence.ECONOMIC || influence == Influence.TECHNICAL;
                        if (key && "opponent".equals(rs.getString(3))) {
                            warnings.get(id).add(Warning.KEY_PERSON_OPPOSES);
                        }
                    });
        }
        covered.forEach((id, roles) -> {
            if (!roles.contains(Influence.ECONOMIC)) {
                warnings.get(id).add(Warning.NO_ECONOMIC_BUYER);
            }
            if (!roles.contains(Influence.COACH)) {
                warnings.get(id).add(Warning.NO_COACH);
            }
        });
        return warnings;
    }

    @Transactional
    public UUID add(UUID opportunityId, UUID contactId, String influenceCode, String attitudeCode, String note) {
        Opportunity opportunity = access.editable(opportunityId);
        List<FieldProblem> problems = new ArrayList<>();
        Influence influence = OpportunityEditing.code(Influence.class, influenceCode, "influence", problems);
        Attitude attitude = OpportunityEditing.code(Attitude.class, attitudeCode == null ? "neutral" : attitudeCode,
                "attitude", problems);
        if (influence == null && problems.isEmpty()) {
            problems.add(new FieldProblem("influence", "validation.required"));
        }
        if (contactId == null || contacts.findReadable(contactId).isEmpty()) {
            problems.add(new FieldProblem("contactId", "validation.reference-unknown"));
        }
        if (note != null && note.length() > 500) {
            problems.add(new FieldProblem("note", "validation.too-long", 500));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        UUID id = dev.guanxi.shared.jpa.UuidV7.next();
        try {
            jdbc.sql("""
                            insert into opportunity_contacts (id, opportunity_id, contact_id, influence, attitude, note)
                            values (:id, :opportunity, :contact, :influence, :attitude, :note)
                            """)
                    .param("id", id).param("opportunity", opportunity.getId()).param("contact", contactId)
                    .param("influence", influence.code()).param("attitude", attitude.code())
                    .param("note", OpportunityEditing.blank(note)).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("problem.committee.member-exists");
        }
        return id;
    }

    @Transactional
    public void remove(UUID opportunityId, UUID memberId) {
        access.editable(opportunityId);
        int removed = jdbc.sql("delete from opportunity_contacts where id = :id and opportunity_id = :opportunity")
                .param("id", memberId).param("opportunity", opportunityId).update();
        if (removed == 0) {
            throw new NotFoundException();
        }
    }
}
