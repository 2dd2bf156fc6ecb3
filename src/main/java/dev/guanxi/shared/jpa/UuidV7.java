package dev.guanxi.shared.jpa;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): new rows land at the end of the primary-key index
 * instead of at random pages, which keeps inserts fast at millions of rows.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextInt(1 << 12);
        long randomB = RANDOM.nextLong();
        long most = (millis << 16) | (0x7L << 12) | randomA;
        long least = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
