package dev.guanxi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.contact.internal.Contact;
import dev.guanxi.contact.internal.ContactForm;
import dev.guanxi.customer.internal.Account;
import dev.guanxi.customer.internal.AccountForm;
import dev.guanxi.identity.internal.DemoCompany;
import dev.guanxi.shared.values.PhoneNumbers;
import dev.guanxi.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo company (GUANXI_DEMO_DATA). The shared test database is not empty, so the test calls the
 * loader directly — which skips only the start-up's "database is empty" check — once per run, and
 * tells the demo's records from other tests' by what was added during the load.
 */
@IntegrationTest
class DemoDataTest {

    private static final String VP = "lin.guodong@demo.guanxi.dev";
    private static final String REP = "zhang.lei@demo.guanxi.dev";

    /** The load runs once for all tests of the class (the second call would be a no-op anyway). */
    private static Loaded loaded;

    private record Loaded(Map<String, Integer> counts, List<UUID> accounts, List<UUID> contacts) {
    }

    @Autowired
    DemoCompany demoCompany;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    Validator validator;

    @BeforeEach
    void loadOnce() {
        if (loaded != null) {
            return;
        }
        Set<UUID> accountsBefore = new HashSet<>(ids("accounts"));
        Set<UUID> contactsBefore = new HashSet<>(ids("contacts"));
        Map<String, Integer> counts = demoCompany.load().orElseThrow();
        loaded = new Loaded(counts, ids("accounts").stream().filter(id -> !accountsBefore.contains(id)).toList(),
                ids("contacts").stream().filter(id -> !contactsBefore.contains(id)).toList());
        assertThat(demoCompany.load()).as("a second load does nothing").isEmpty();
    }

    @Test
    void twentyUsersInEveryRoleReportingToTheirDepartmentsHead() throws Exception {
        assertThat(jdbc.sql("select count(*) from users where email like '%@demo.guanxi.dev'").query(Long.class).single())
                .isEqualTo(20);
        assertThat(jdbc.sql("select distinct r.role from user_roles r join users u on u.id = r.user_id "
                + "where u.email like '%@demo.guanxi.dev'").query(String.class).list())
                .containsExactlyInAnyOrder("admin", "sales_vp", "sales_manager", "sales_rep", "service_agent", "marketer");
        assertThat(jdbc.sql("""
                        select count(*) from users rep join user_roles r on r.user_id = rep.id and r.role = 'sales_rep'
                        join users boss on boss.id = rep.manager_id and boss.department_id = rep.department_id
                        join user_roles br on br.user_id = boss.id and br.role = 'sales_manager'
                        where rep.email like '%@demo.guanxi.dev'""").query(Long.class).single())
                .as("every rep reports to the manager of their department").isEqualTo(9);
        assertThat(jdbc.sql("select distinct time_zone from users where email like '%@demo.guanxi.dev'").query(String.class).list())
                .contains("Asia/Shanghai", "Europe/Berlin", "America/New_York");
        assertThat(jdbc.sql("select distinct language from users where email like '%@demo.guanxi.dev'").query(String.class).list())
                .containsExactlyInAnyOrder("zh-CN", "en");
        assertThat(jdbc.sql("""
                        select count(*) from security_log l join users u on cast(u.id as text) = l.target_id
                        where l.action = 'user.created' and u.email like '%@demo.guanxi.dev'""").query(Long.class).single())
                .as("the security log shows where the demo users came from").isEqualTo(20);
        assertThat(token(REP)).isNotBlank();
    }

    @Test
    void threeHundredAccountsWithPoolGroupsAndRelations() {
        List<UUID> accounts = loaded.accounts();
        assertThat(accounts).hasSize(300);
        assertThat(loaded.counts()).containsEntry("accounts", 300).containsEntry("users", 20);
        assertThat(countAccounts("owner_id is null")).isBetween(25L, 35L);
        assertThat(countAccounts("owner_id is not null and department_id = (select u.department_id from users u where u.id = a.owner_id)"))
                .as("an owned account counts in its owner's department").isEqualTo(300 - countAccounts("owner_id is null"));
        assertThat(jdbc.sql("""
                        select count(*) from (select parent_account_id from accounts where id in (:ids) and parent_account_id is not null
                        group by parent_account_id having count(*) >= 2) g""").param("ids", accounts).query(Long.class).single())
                .as("groups with subsidiaries").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select distinct type from account_relations where from_account_id in (:ids)")
                .param("ids", accounts).query(String.class).list()).containsExactlyInAnyOrder("partner", "competitor", "referral");
        List<String> names = jdbc.sql("select name from accounts where id in (:ids)").param("ids", accounts).query(String.class).list();
        assertThat(names).contains("上海华东钢铁贸易有限公司", "广州白云化工有限公司").doesNotHaveDuplicates()
                .anyMatch(n -> n.endsWith("GmbH")).anyMatch(n -> n.endsWith("Inc."));
        assertThat(countAccounts("phone is null or website is null or annual_revenue is null or employees is null or grade is null "
                + "or source is null or industry is null or address is null or cardinality(search_tokens) = 0"))
                .as("every account filled in and findable").isZero();
        assertThat(jdbc.sql("select count(distinct a.id) from accounts_aud a join revinfo r on r.rev = a.rev "
                        + "where a.id in (:ids) and a.revtype = 0 and r.user_id is not null")
                .param("ids", accounts).query(Long.class).single()).as("change history names who created them").isEqualTo(300);
    }

    @Test
    void eightHundredContactsWithAPeopleNetworkAcrossAccounts() {
        List<UUID> contacts = loaded.contacts();
        assertThat(contacts).hasSize(800);
        List<String> names = jdbc.sql("select name from contacts where id in (:ids)").param("ids", contacts).query(String.class).list();
        assertThat(names).contains("张伟").anyMatch(n -> n.matches("\\p{IsHan}{2}")).anyMatch(n -> n.matches("[A-Z][a-z]+ .+"));
        assertThat(names.stream().filter(n -> n.matches("\\p{IsHan}{2}")).count()).as("many 2-character names").isGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from contacts where id in (:ids) and key_decision_maker").param("ids", contacts)
                .query(Long.class).single()).isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from contacts c join accounts a on a.id = c.account_id "
                        + "where c.id in (:ids) and c.owner_id is not distinct from a.owner_id").param("ids", contacts)
                .query(Long.class).single()).as("contacts belong to their account's owner").isEqualTo(800);
        long relations = jdbc.sql("select count(*) from contact_relations where from_contact_id in (:ids)")
                .param("ids", contacts).query(Long.class).single();
        assertThat(relations).isBetween(120L, 180L);
        assertThat(jdbc.sql("""
                        select count(*) from contact_relations r join contacts f on f.id = r.from_contact_id
                        join contacts t on t.id = r.to_contact_id where r.from_contact_id in (:ids) and f.account_id <> t.account_id""")
                .param("ids", contacts).query(Long.class).single()).as("ways in from other accounts").isGreaterThan(30);
        assertThat(jdbc.sql("select distinct type from contact_relations where from_contact_id in (:ids)").param("ids", contacts)
                .query(String.class).list()).containsExactlyInAnyOrder("knows", "reports_to", "friend", "former_colleague", "relative");
    }

    @Test
    void everyDemoRecordPassesTheValidationOfItsForm() {
        List<Account> accounts = entityManager.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", loaded.accounts()).getResultList();
        List<String> problems = new ArrayList<>();
        accounts.forEach(a -> validator.validate(AccountForm.of(a)).forEach(v -> problems.add(a.getName() + ": " + v.getPropertyPath())));
        List<Contact> contacts = entityManager.createQuery("select c from Contact c where c.id in :ids", Contact.class)
                .setParameter("ids", loaded.contacts()).getResultList();
        contacts.forEach(c -> validator.validate(ContactForm.of(c)).forEach(v -> problems.add(c.getName() + ": " + v.getPropertyPath())));
        assertThat(problems).isEmpty();
        assertThat(contacts.stream().map(Contact::getMobile).filter(Objects::nonNull))
                .allMatch(PhoneNumbers::isValid).anyMatch(m -> m.startsWith("13"));
    }

    @Test
    void aTwoCharacterChineseNameIsFoundBySearch() throws Exception {
        List<String> zhangWei = jdbc.sql("select cast(id as text) from contacts where name = '张伟' and id in (:ids)")
                .param("ids", loaded.contacts()).query(String.class).list();
        String body = mvc.perform(get("/api/v1/contacts").param("q", "张伟").param("limit", "200")
                        .header("Authorization", "Bearer " + token(VP)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> found = JsonPath.read(body, "$.items[*].id");
        assertThat(found).containsAll(zhangWei);
        assertThat(zhangWei).isNotEmpty();
    }

    @Test
    void aRepSeesOnlyOwnAccountsWhileTheVpSeesAll() throws Exception {
        UUID rep = jdbc.sql("select id from users where email = :e").param("e", REP).query(UUID.class).single();
        List<Map<String, Object>> repSees = allAccounts(token(REP));
        assertThat(repSees).isNotEmpty().allMatch(a -> rep.toString().equals(a.get("ownerId")));
        assertThat((long) repSees.size()).isEqualTo(countAccounts("owner_id = '" + rep + "'"));
        List<Map<String, Object>> vpSees = allAccounts(token(VP));
        long allOwned = jdbc.sql("select count(*) from accounts where owner_id is not null and deleted_at is null")
                .query(Long.class).single();
        assertThat((long) vpSees.size()).isEqualTo(allOwned);
        UUID colleaguesAccount = jdbc.sql("select id from accounts where id in (:ids) and owner_id <> :rep limit 1")
                .param("ids", loaded.accounts()).param("rep", rep).query(UUID.class).single();
        mvc.perform(get("/api/v1/accounts/" + colleaguesAccount).header("Authorization", "Bearer " + token(REP)))
                .andExpect(status().isNotFound());
    }

    private List<Map<String, Object>> allAccounts(String token) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = get("/api/v1/accounts").param("limit", "200").header("Authorization", "Bearer " + token);
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            all.addAll(JsonPath.read(body, "$.items"));
            cursor = JsonPath.read(body, "$.nextCursor");
        } while (cursor != null);
        return all;
    }

    /** Signs in over the API with the demo password, as a user of the demo would. */
    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + DemoCompany.PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private long countAccounts(String condition) {
        return jdbc.sql("select count(*) from accounts a where a.id in (:ids) and (" + condition + ")")
                .param("ids", loaded.accounts()).query(Long.class).single();
    }

    private List<UUID> ids(String table) {
        return jdbc.sql("select id from " + table).query(UUID.class).list();
    }
}
