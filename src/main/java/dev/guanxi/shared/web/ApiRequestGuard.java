package dev.guanxi.shared.web;

import dev.guanxi.shared.problem.Problems;
import dev.guanxi.shared.security.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.ObjectMapper;

/**
 * Guards the REST API's request bodies: a body over the limit is refused with 413 before anything
 * reads it into an object, and a POST with an {@code Idempotency-Key} header is answered, when
 * retried, with the first answer instead of being carried out twice.
 */
class ApiRequestGuard extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final long maxBody;
    private final IdempotencyStore store;
    private final Problems problems;
    private final ObjectMapper objectMapper;

    ApiRequestGuard(DataSize maxBody, IdempotencyStore store, Problems problems, ObjectMapper objectMapper) {
        this.maxBody = maxBody.toBytes();
        this.store = store;
        this.problems = problems;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        return multipart || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.too-large");
            return;
        }
        Optional<byte[]> body = readLimited(request.getInputStream());
        if (body.isEmpty()) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.too-large");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, body.get());
        String key = request.getHeader(HEADER);
        UUID userId = CurrentActor.idOrNull();
        if (!"POST".equals(request.getMethod()) || key == null || key.isBlank() || userId == null) {
            chain.doFilter(cached, response);
            return;
        }
        if (key.length() > MAX_KEY_LENGTH) {
            refuse(response, HttpStatus.BAD_REQUEST, "bad-request", "problem.bad-request");
            return;
        }
        handleIdempotent(cached, response, chain, userId, key);
    }

    private void handleIdempotent(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
                                  UUID userId, String key) throws IOException, ServletException {
        String hash = fingerprint(request);
        if (!store.claim(userId, key, hash)) {
            replay(response, store.find(userId, key).orElse(null), hash);
            return;
        }
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, recorder);
            if (recorder.getStatus() < 500) {
                store.complete(userId, key, recorder.getStatus(), recorder.getHeader(HttpHeaders.LOCATION),
                        recorder.getContentType(), recorder.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(userId, key);
            }
            recorder.copyBodyToResponse();
        }
    }

    private void replay(HttpServletResponse response, IdempotencyStore.Stored stored, String hash) throws IOException {
        if (stored == null || stored.status() == null) {
            refuse(response, HttpStatus.CONFLICT, "conflict", "problem.idempotency.in-progress");
            return;
        }
        if (!stored.requestHash().equals(hash)) {
            refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-mismatch", "problem.idempotency.mismatch");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader("Idempotency-Replayed", "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private Optional<byte[]> readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBody) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }

    private static String fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(request.body());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String type, String messageKey) throws IOException {
        ProblemDetail problem = problems.create(status, type, problems.message(messageKey));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
