package dev.guanxi.identity.internal;

import dev.guanxi.identity.Role;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: creates the administrator from GUANXI_ADMIN_EMAIL / GUANXI_ADMIN_PASSWORD. Without a
 * password one is generated and printed once — it is stored only as a hash.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRepository users;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final String email;
    private final String password;

    AdministratorBootstrap(UserRepository users, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                           PasswordEncoder passwordEncoder,
                           @Value("${guanxi.admin.email}") String email,
                           @Value("${guanxi.admin.password:}") String password) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Nodes starting together on one database: one creates the administrator, the others wait and see it.
        jdbc.sql("select pg_advisory_xact_lock(7447001)").query((rs, n) -> 1).list();
        if (users.count() > 0) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? generatePassword() : password;
        User admin = new User(email, "Administrator", passwordEncoder.encode(secret));
        admin.setRoles(Set.of(Role.ADMIN));
        users.save(admin);
        if (generated) {
            log.warn("Created the administrator {} with the generated password: {}  (shown once; change it after "
                    + "signing in, or set GUANXI_ADMIN_PASSWORD before the first start)", email, secret);
        } else {
            log.info("Created the administrator {}", email);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            result.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return result.toString();
    }
}
