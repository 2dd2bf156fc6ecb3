package dev.guanxi.webhook.internal;

import dev.guanxi.shared.problem.ValidationException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which URLs the server may call (SSRF guard). Only http and https, no credentials in the URL, and —
 * unless {@code guanxi.webhooks.allow-private-addresses} is set — no loopback, private, link-local,
 * carrier-grade NAT, multicast or unspecified address in any notation. IP literals are checked when the
 * endpoint is registered; a host name is resolved and every address checked again before each attempt,
 * so a name that later points inside is refused then. Numeric hosts in unusual notations (decimal
 * {@code 2130706433}, octal {@code 0177.0.0.1}, hex, short forms) are refused outright: what they mean
 * differs between resolvers.
 */
@Component
public class WebhookUrlPolicy {

    private static final Pattern NUMERIC_PART = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final Pattern CANONICAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final boolean allowPrivate;

    WebhookUrlPolicy(@Value("${guanxi.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL as registered, checked; a {@link ValidationException} on field {@code url} says what is wrong. */
    public URI check(String url) {
        if (url == null || url.isBlank()) {
            throw ValidationException.of("url", "validation.required");
        }
        String text = url.strip();
        if (text.length() > 2000) {
            throw ValidationException.of("url", "validation.too-long", 2000);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ValidationException.of("url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ValidationException.of("url", "webhook.url.scheme");
        }
        if (uri.getRawUserInfo() != null) {
            throw ValidationException.of("url", "webhook.url.credentials");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ValidationException.of("url", "webhook.url.invalid");
        }
        if (!allowPrivate && refusedHost(uri.getHost())) {
            throw ValidationException.of("url", "webhook.url.private");
        }
        return uri;
    }

    /** Before each attempt: the host's current addresses must all be public (unless private ones are allowed). */
    void checkBeforeSending(URI uri) throws RefusedAddressException {
        if (allowPrivate) {
            return;
        }
        String host = uri.getHost();
        if (host == null || refusedHost(host)) {
            throw new RefusedAddressException(host);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(bare(host))) {
                if (isInternal(address)) {
                    throw new RefusedAddressException(host + " → " + address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("unknown host " + host);
        }
    }

    static boolean refusedHost(String rawHost) {
        String host = bare(rawHost).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        if (host.contains(":")) {
            return literalIsInternal(host);
        }
        String[] parts = host.split("\\.", -1);
        boolean numeric = true;
        boolean canonical = parts.length == 4;
        for (String part : parts) {
            numeric &= NUMERIC_PART.matcher(part).matches();
            canonical &= CANONICAL_PART.matcher(part).matches() && Integer.parseInt(part.isEmpty() ? "0" : part) <= 255;
        }
        if (!numeric) {
            return false;
        }
        return !canonical || literalIsInternal(host);
    }

    private static boolean literalIsInternal(String literal) {
        try {
            // a literal (IPv4 dotted quad or IPv6): no name lookup happens
            return isInternal(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first >= 240 || (first == 100 && (second & 0xc0) == 64)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean firstTenZero = true;
            for (int i = 0; i < 10; i++) {
                firstTenZero &= b[i] == 0;
            }
            boolean mappedOrCompatible = firstTenZero && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0));
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
            if (mappedOrCompatible || nat64) {
                return isInternal(v4(b[12], b[13], b[14], b[15]));
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return isInternal(v4(b[2], b[3], b[4], b[5])); // 6to4 carries an IPv4 address
            }
        }
        return false;
    }

    private static InetAddress v4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The host points at an address the server must not call. */
    static class RefusedAddressException extends Exception {
        RefusedAddressException(String what) {
            super("address not allowed: " + what);
        }
    }
}
