package dev.guanxi.identity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.i18n.DisplayFormat;
import dev.guanxi.shared.i18n.LanguagePreference;
import dev.guanxi.shared.i18n.Languages;
import dev.guanxi.shared.visibility.Visibility;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the shared kernel asks of the signed-in user: visibility, language and time zone. */
@Component
class CurrentUserContext implements Visibility, LanguagePreference, DisplayFormat.UserZone {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    CurrentUserContext(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public VisibilityScope current() {
        return CurrentUser.get().map(CurrentUser::scope).orElse(VisibilityScope.none());
    }

    @Override
    public Optional<Locale> savedLanguage() {
        return CurrentUser.get().map(user -> Languages.fromTag(user.language()));
    }

    @Override
    public void save(Locale locale) {
        CurrentUser.get().ifPresent(user -> jdbc.sql("update users set language = :language where id = :id")
                .param("language", Languages.tagOf(locale)).param("id", user.id()).update());
    }

    @Override
    public ZoneId zone() {
        return CurrentUser.get().map(user -> {
            try {
                return ZoneId.of(user.timeZone());
            } catch (DateTimeException e) {
                return DEFAULT_ZONE;
            }
        }).orElse(DEFAULT_ZONE);
    }
}
