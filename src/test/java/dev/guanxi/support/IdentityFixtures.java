package dev.guanxi.support;

import dev.guanxi.identity.Role;
import dev.guanxi.identity.internal.ApiTokens;
import dev.guanxi.shared.jpa.UuidV7;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds departments and users in a given state, straight into the tables (hashing a password per
 * user would make the suite slow), and hands out bearer tokens for them.
 */
@Component
public class IdentityFixtures {

    public static final String PASSWORD = "password-123";
    private static final String PASSWORD_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    private final JdbcClient jdbc;
    private final ApiTokens tokens;

    public IdentityFixtures(JdbcClient jdbc, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    public UUID department(String name, UUID parentId) {
        UUID id = UuidV7.next();
        jdbc.sql("insert into departments (id, name, parent_id) values (:id, :name, :parent)")
                .param("id", id).param("name", name + " " + id.toString().substring(24)).param("parent", parentId).update();
        return id;
    }

    public TestUser user(String name, UUID departmentId, Role... roles) {
        UUID id = UuidV7.next();
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "." + id.toString().substring(24) + "@test.guanxi";
        jdbc.sql("""
                        insert into users (id, email, name, password_hash, language, time_zone, department_id)
                        values (:id, :email, :name, :hash, 'en', 'Asia/Shanghai', :department)
                        """)
                .param("id", id).param("email", email).param("name", name).param("hash", PASSWORD_HASH)
                .param("department", departmentId).update();
        Arrays.stream(roles).forEach(role -> jdbc.sql("insert into user_roles (user_id, role) values (:id, :role)")
                .param("id", id).param("role", role.code()).update());
        return new TestUser(id, email, name, departmentId, tokens.issueSessionToken(id).token());
    }

    /** A small company: a sales division with two regional departments, and people in every role. */
    public Company company() {
        UUID sales = department("Sales", null);
        UUID east = department("East", sales);
        UUID west = department("West", sales);
        return new Company(sales, east, west,
                user("Vera VP", sales, Role.SALES_VP),
                user("Mia Manager", east, Role.SALES_MANAGER),
                user("Rex Rep", east, Role.SALES_REP),
                user("Rita Rep", east, Role.SALES_REP),
                user("Will West", west, Role.SALES_REP),
                user("Sam Sales Director", sales, Role.SALES_MANAGER),
                user("Ada Admin", null, Role.ADMIN));
    }

    public record TestUser(UUID id, String email, String name, UUID departmentId, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    /**
     * {@code eastManager} sees East; {@code director} manages Sales, so sees East and West too;
     * {@code eastRep}, {@code eastRep2} and {@code westRep} see their own records.
     */
    public record Company(UUID sales, UUID east, UUID west, TestUser vp, TestUser eastManager, TestUser eastRep,
                          TestUser eastRep2, TestUser westRep, TestUser director, TestUser admin) {
    }
}
