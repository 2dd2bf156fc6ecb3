package dev.guanxi.contact;

import java.util.UUID;

/** What another module knows about a person it turns into a contact (a converted lead). */
public record ContactDraft(UUID accountId, String name, String title, String email, String phone, String mobile,
                           UUID ownerId) {
}
