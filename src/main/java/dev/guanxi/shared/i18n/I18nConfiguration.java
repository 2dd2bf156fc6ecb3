package dev.guanxi.shared.i18n;

import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(LanguagePreference preference) {
        return new GuanxiLocaleResolver(preference);
    }

    /** Without identity (slice tests) nobody has a saved language. */
    @Bean
    @ConditionalOnMissingBean(LanguagePreference.class)
    LanguagePreference noSavedLanguage() {
        return new LanguagePreference() {
            @Override
            public Optional<Locale> savedLanguage() {
                return Optional.empty();
            }

            @Override
            public void save(Locale locale) {
                // nothing to save without a user
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return Languages.fromTag(localeValue);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
