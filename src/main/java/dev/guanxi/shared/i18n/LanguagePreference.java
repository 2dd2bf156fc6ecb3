package dev.guanxi.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/** The signed-in user's saved language; implemented by identity. */
public interface LanguagePreference {

    Optional<Locale> savedLanguage();

    /** Saves the language the user switched to with {@code ?lang=}. */
    void save(Locale locale);
}
