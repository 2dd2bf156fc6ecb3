package dev.guanxi.customer;

import java.util.UUID;

/** What another module knows about a company it turns into an account (a converted lead). Codes as in the API. */
public record AccountDraft(String name, String type, String industry, String source, String phone, String email,
                           String website, String region, String city, UUID ownerId) {
}
