package dev.guanxi.contact.web;

import dev.guanxi.contact.internal.ContactRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact in the API. */
record ContactView(UUID id, long version, String externalId, UUID accountId, String accountName, String name,
                   String gender, String title, String departmentName, String phone, String mobile, String email,
                   String otherEmail, String wechat, String decisionRole, boolean keyDecisionMaker, LocalDate birthday,
                   String address, String notes, UUID ownerId, String ownerName, UUID departmentId, Instant createdAt,
                   UUID createdBy, Instant updatedAt, UUID updatedBy) {

    static ContactView of(ContactRow c) {
        return new ContactView(c.id(), c.version(), c.externalId(), c.accountId(), c.accountName(), c.name(), c.gender(),
                c.title(), c.departmentName(), c.phone(), c.mobile(), c.email(), c.otherEmail(), c.wechat(),
                c.decisionRole(), c.keyDecisionMaker(), c.birthday(), c.address(), c.notes(), c.ownerId(), c.ownerName(),
                c.departmentId(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy());
    }
}
