package dev.guanxi.shared.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Picks the language of a request. API calls follow their Accept-Language first; pages follow the
 * signed-in user's setting; then the language remembered in a cookie by {@code ?lang=}; then the
 * browser's Accept-Language; else English.
 */
public class GuanxiLocaleResolver implements LocaleResolver {

    static final String COOKIE = "guanxi-lang";
    private static final String RESOLVED = GuanxiLocaleResolver.class.getName() + ".resolved";

    private final LanguagePreference preference;

    public GuanxiLocaleResolver(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object cached = request.getAttribute(RESOLVED);
        if (cached instanceof Locale locale) {
            return locale;
        }
        Locale locale = resolve(request);
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    private Locale resolve(HttpServletRequest request) {
        Optional<Locale> fromHeader = acceptLanguage(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && fromHeader.isPresent()) {
            return fromHeader.get();
        }
        Optional<Locale> saved = preference.savedLanguage();
        if (saved.isPresent()) {
            return saved.get();
        }
        Optional<Locale> fromCookie = cookie(request);
        if (fromCookie.isPresent()) {
            return fromCookie.get();
        }
        return fromHeader.orElse(Languages.DEFAULT);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? Languages.DEFAULT : locale;
        request.setAttribute(RESOLVED, chosen);
        preference.save(chosen);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, Languages.tagOf(chosen));
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    private static Optional<Locale> cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.ofNullable(Languages.fromTag(cookie.getValue()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Locale> acceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                Locale match = Languages.fromTag(range.getRange());
                if (match != null) {
                    return Optional.of(match);
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
