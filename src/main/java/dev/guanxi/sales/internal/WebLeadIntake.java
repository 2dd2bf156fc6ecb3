package dev.guanxi.sales.internal;

import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.ValidationException;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public web-to-lead form: no sign-in, so it defends itself. A signed ticket in the form proves it
 * was served by us and says when (a bot posting at once, or a day later, is refused); a hidden field
 * that people do not see catches form-filling robots (they are thanked, and nothing is stored); each
 * address may send only a few forms in ten minutes.
 */
@Service
public class WebLeadIntake {

    static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);
    static final Duration TICKET_LIFETIME = Duration.ofHours(2);
    static final int SUBMISSIONS_PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final LeadEditing leads;
    private volatile byte[] key;

    WebLeadIntake(JdbcClient jdbc, LeadEditing leads) {
        this.jdbc = jdbc;
        this.leads = leads;
    }

    /** A ticket for a form served now. */
    public String ticket() {
        return ticket(Instant.now());
    }

    String ticket(Instant servedAt) {
        byte[] time = ByteBuffer.allocate(8).putLong(servedAt.toEpochMilli()).array();
        byte[] signature = sign(time);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(8 + signature.length).put(time).put(signature).array());
    }

    public enum Outcome { ACCEPTED, DISCARDED }

    @Transactional
    public Outcome submit(LeadForm form, String ticket, String trap, String address) {
        if (trap != null && !trap.isBlank()) {
            return Outcome.DISCARDED;
        }
        Instant servedAt = servedAt(ticket);
        Instant now = Instant.now();
        if (servedAt == null || now.isBefore(servedAt.plus(MINIMUM_FILL_TIME)) || now.isAfter(servedAt.plus(TICKET_LIFETIME))) {
            throw ValidationException.of("ticket", "validation.web-form-expired");
        }
        throttle(address == null ? "unknown" : address);
        form.setSource(LeadSource.WEB_FORM.code());
        form.setStatus(LeadStatus.NEW.code());
        form.setOwnerId(null);
        form.setExternalId(null);
        leads.intake(form);
        return Outcome.ACCEPTED;
    }

    private void throttle(String address) {
        long recent = jdbc.sql("select count(*) from web_lead_submissions where address = :address and submitted_at > now() - make_interval(secs => :seconds)")
                .param("address", address).param("seconds", (double) WINDOW.toSeconds()).query(Long.class).single();
        if (recent >= SUBMISSIONS_PER_WINDOW) {
            throw new TooManySubmissions();
        }
        jdbc.sql("insert into web_lead_submissions (address) values (:address)").param("address", address).update();
    }

    private Instant servedAt(String ticket) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(ticket == null ? "" : ticket);
            if (raw.length != 8 + 32) {
                return null;
            }
            byte[] time = java.util.Arrays.copyOfRange(raw, 0, 8);
            byte[] signature = java.util.Arrays.copyOfRange(raw, 8, raw.length);
            return MessageDigest.isEqual(signature, sign(time)) ? Instant.ofEpochMilli(ByteBuffer.wrap(time).getLong()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One key for all nodes, made on first use and kept in the database. */
    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into app_secrets (name, value) values ('web-form-ticket', :value) on conflict (name) do nothing")
                    .param("value", fresh).update();
            current = jdbc.sql("select value from app_secrets where name = 'web-form-ticket'").query(byte[].class).single();
            key = current;
        }
        return current;
    }

    /** The same address sent too many forms lately. */
    public static class TooManySubmissions extends GuanxiException {
        TooManySubmissions() {
            super("problem.web-form-throttled", List.of());
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.TOO_MANY_REQUESTS;
        }

        @Override
        public String type() {
            return "throttled";
        }
    }
}
