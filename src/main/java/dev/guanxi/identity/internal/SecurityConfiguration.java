package dev.guanxi.identity.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: bearer tokens, no session, no CSRF
 * (no cookie authenticates it), problem+json for 401/403. Pages use form login with CSRF,
 * remember-me and sessions stored in the database; administration pages need the admin role.
 * On both, the user is re-read on every request (roles, department, active).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, CurrentUserLoader loader, ApiTokens tokens,
                                 ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(loader, tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.denied()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, LoginOutcomeHandlers outcomes, LoginHistory history,
                                  CurrentUserLoader loader, LoginAccounts accounts,
                                  PersistentTokenRepository rememberMeTokens) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", LoginThrottleFilter.THROTTLED_PAGE, "/forms/lead", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/**",
                                "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        // a calendar application subscribing to a private feed has no session: the secret is the key
                        .requestMatchers(HttpMethod.GET, "/calendar/feed/*.ics").permitAll()
                        // an invited user has no password yet: the one-time token in the link is the key (CSRF still applies)
                        .requestMatchers("/invitation/*").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(outcomes.success())
                        .failureHandler(outcomes.failure()))
                .rememberMe(rememberMe -> rememberMe
                        .tokenRepository(rememberMeTokens)
                        .userDetailsService(accounts)
                        .key(HexFormat.of().formatHex(SecureRandom.getSeed(16)))
                        .tokenValiditySeconds(14 * 24 * 3600)
                        .rememberMeCookieName("guanxi-remember-me"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION", "guanxi-remember-me")
                        .invalidateHttpSession(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the public lead form is posted from anywhere with no sign-in to protect; its signed ticket stands in
                .csrf(csrf -> csrf.ignoringRequestMatchers("/forms/lead"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HtmxLoginEntryPoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new LoginThrottleFilter(history), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CurrentUserFilter(loader), RememberMeAuthenticationFilter.class);
        return http.build();
    }
}
