package dev.guanxi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.catalog.internal.Product;
import dev.guanxi.catalog.internal.ProductForm;
import dev.guanxi.contact.internal.Contact;
import dev.guanxi.contact.internal.ContactForm;
import dev.guanxi.customer.internal.Account;
import dev.guanxi.customer.internal.AccountForm;
import dev.guanxi.identity.internal.DemoCompany;
import dev.guanxi.sales.internal.Opportunity;
import dev.guanxi.sales.internal.OpportunityForm;
import dev.guanxi.shared.values.PhoneNumbers;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
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

    private record Loaded(Map<String, Integer> counts, List<UUID> accounts, List<UUID> contacts, List<UUID> products,
                          List<UUID> opportunities) {
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
        Set<UUID> productsBefore = new HashSet<>(ids("products"));
        Map<String, Integer> counts = demoCompany.load().orElseThrow();
        List<UUID> accounts = ids("accounts").stream().filter(id -> !accountsBefore.contains(id)).toList();
        loaded = new Loaded(counts, accounts, ids("contacts").stream().filter(id -> !contactsBefore.contains(id)).toList(),
                ids("products").stream().filter(id -> !productsBefore.contains(id)).toList(),
                jdbc.sql("select id from opportunities where account_id in (:ids)").param("ids", accounts).query(UUID.class).list());
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
        entityManager.createQuery("select o from Opportunity o where o.id in :ids", Opportunity.class)
                .setParameter("ids", loaded.opportunities()).getResultList()
                .forEach(o -> validator.validate(OpportunityForm.of(o)).forEach(v -> problems.add(o.getName() + ": " + v.getPropertyPath())));
        assertThat(problems).isEmpty();
        assertThat(contacts.stream().map(Contact::getMobile).filter(Objects::nonNull))
                .allMatch(PhoneNumbers::isValid).anyMatch(m -> m.startsWith("13"));
    }

    @Test
    void dealsHaveTheirActivitiesAndRepsACalendarOfTheComingWeeks() throws Exception {
        assertThat(loaded.counts().get("activities")).isGreaterThan(1000);
        assertThat(jdbc.sql("""
                        select count(*) from opportunities o where o.id in (:ids) and o.owner_id is not null
                           and not exists (select 1 from activities a where a.opportunity_id = o.id and a.status = 'done')""")
                .param("ids", loaded.opportunities()).query(Long.class).single())
                .as("every owned deal has work done on it").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from activities a where a.opportunity_id in (:ids) and a.status = 'done'
                           and (a.actual_start < (select o.created_at - interval '3 days' from opportunities o where o.id = a.opportunity_id)
                                or a.owner_id is distinct from (select o.owner_id from opportunities o where o.id = a.opportunity_id))""")
                .param("ids", loaded.opportunities()).query(Long.class).single())
                .as("done by the deal's owner, during the deal's life").isZero();
        UUID rep = jdbc.sql("select id from users where email = :e").param("e", REP).query(UUID.class).single();
        String calendar = mvc.perform(get("/api/v1/calendar").param("from", java.time.LocalDate.now().toString())
                        .param("to", java.time.LocalDate.now().plusDays(22).toString()).param("ownerId", "me")
                        .header("Authorization", "Bearer " + token(REP)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> owners = JsonPath.read(calendar, "$[*].ownerId");
        assertThat(owners).hasSizeGreaterThan(5).allMatch(rep.toString()::equals);
        assertThat(jdbc.sql("select count(*) from activities where owner_id = :rep and status = 'planned' and planned_end < now()")
                .param("rep", rep).query(Long.class).single()).as("something overdue to show").isPositive();
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

    @Test
    void productsOfASyrupMakerAChemicalsTraderAndASteelDistributor() {
        List<UUID> products = loaded.products();
        assertThat(products).hasSizeBetween(20, 30);
        assertThat(loaded.counts()).containsEntry("products", products.size());
        List<Product> catalogue = entityManager.createQuery("select p from Product p where p.id in :ids", Product.class)
                .setParameter("ids", products).getResultList();
        assertThat(catalogue).extracting(Product::getCode).contains("SY-F55", "SY-MALT", "SY-DEX", "SY-SOR70", "CH-ETH95",
                "ST-SPCC10", "ST-DX51D", "ST-HRB400", "SV-TRANS", "SV-TECH").doesNotHaveDuplicates();
        assertThat(catalogue).extracting(Product::getName).contains("果葡糖浆 F55", "麦芽糖浆", "工业乙醇 95%", "冷轧卷板 SPCC 1.0mm",
                "螺纹钢 HRB400 Φ16", "运输服务", "技术服务");
        assertThat(catalogue).extracting(Product::getSeries).containsOnly("糖浆", "化工", "钢材", "服务");
        assertThat(catalogue).extracting(Product::getUnit).contains("吨", "件", "次");
        assertThat(catalogue).extracting(Product::getCurrency).containsOnly("CNY", "USD").contains("USD");
        assertThat(catalogue).allMatch(p -> p.getListPrice().signum() > 0 && p.isActive() && p.getExternalId() != null);
        List<String> problems = new ArrayList<>();
        catalogue.forEach(p -> validator.validate(ProductForm.of(p)).forEach(v -> problems.add(p.getCode() + ": " + v.getPropertyPath())));
        assertThat(problems).isEmpty();
    }

    @Test
    void aYearOfOpportunitiesAQuarterWonAQuarterLostTheRestOpenAcrossTheStages() {
        List<UUID> deals = loaded.opportunities();
        assertThat(deals).hasSizeBetween(400, 500);
        assertThat(loaded.counts()).containsEntry("opportunities", deals.size());
        long won = countDeals("o.status = 'won'");
        long lost = countDeals("o.status = 'lost'");
        assertThat(won).isBetween(deals.size() / 5L, deals.size() * 3 / 10L);
        assertThat(lost).isBetween(deals.size() / 5L, deals.size() * 3 / 10L);
        assertThat(loaded.counts()).containsEntry("won", (int) won).containsEntry("lost", (int) lost);
        assertThat(countDeals("o.process_id = (select id from sales_processes where code = 'repeat_order')"))
                .as("some repeat orders").isBetween(deals.size() / 10L, deals.size() * 35 / 100L);
        assertThat(countDeals("o.owner_id is distinct from a.owner_id or o.department_id is distinct from a.department_id"))
                .as("owned by the account's owner, in the owner's department").isZero();
        assertThat(countDeals("a.owner_id is null")).as("none in the pool").isZero();
        assertThat(jdbc.sql("select count(distinct owner_id) from opportunities where id in (:ids)").param("ids", deals)
                .query(Long.class).single()).as("every seller has deals").isGreaterThanOrEqualTo(12);

        // product lines: 1–3 each, discounts up to 10%, the amount is their total
        assertThat(countDeals("not o.amount_from_lines or o.amount <= 0 or (select count(*) from opportunity_lines l "
                + "where l.opportunity_id = o.id) not between 1 and 3")).isZero();
        assertThat(countDeals("o.amount <> (select sum(round(l.quantity * l.unit_price * (100 - l.discount_percent) / 100, 2)) "
                + "from opportunity_lines l where l.opportunity_id = o.id)")).isZero();
        assertThat(jdbc.sql("select max(discount_percent) from opportunity_lines where opportunity_id in (:ids)")
                .param("ids", deals).query(BigDecimal.class).single()).isEqualByComparingTo("10");
        assertThat(countDeals("exists (select 1 from opportunity_lines l join products p on p.id = l.product_id "
                + "where l.opportunity_id = o.id and (p.currency <> o.currency or l.unit_price <> p.list_price))"))
                .as("lines at list price in the deal's currency").isZero();
        assertThat(countDeals("o.currency = 'USD'")).as("export deals").isPositive();
        assertThat(countDeals("(select count(*) from opportunity_lines l where l.opportunity_id = o.id) >= 2")).isPositive();
        assertThat(jdbc.sql("select count(distinct source) from opportunities where id in (:ids)").param("ids", deals)
                .query(Long.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(distinct sales_method) from opportunities where id in (:ids)").param("ids", deals)
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
        List<String> names = jdbc.sql("select name from opportunities where id in (:ids)").param("ids", deals)
                .query(String.class).list();
        assertThat(jdbc.sql("select count(*) from (select 1 from opportunities where id in (:ids) group by account_id, name "
                + "having count(*) > 1) twice").param("ids", deals).query(Long.class).single())
                .as("no two deals of one name at an account").isZero();
        assertThat(names).anyMatch(n -> n.matches("20\\d\\d年度.+采购")).anyMatch(n -> n.contains("仓储扩建项目"))
                .anyMatch(n -> n.startsWith("Annual ")).anyMatch(n -> n.contains("补货订单") || n.contains("月度订单"));

        // open deals in every open stage, most of them early: a funnel
        List<Long> openPerStage = jdbc.sql("""
                        select count(o.id) from sales_stages s
                        left join opportunities o on o.stage_id = s.id and o.status = 'open' and o.id in (:ids)
                        where s.process_id = (select id from sales_processes where code = 'project') and s.outcome = 'open'
                        group by s.id, s.position order by s.position""")
                .param("ids", deals).query(Long.class).list();
        assertThat(openPerStage).hasSize(9).allMatch(n -> n > 0);
        assertThat(openPerStage.get(0)).isGreaterThan(openPerStage.get(8) * 2);
        long stuck = countDeals("o.status = 'open' and o.stage_entered_at < now() - make_interval(days => "
                + "(select s.max_days from sales_stages s where s.id = o.stage_id))");
        assertThat(stuck).as("longer in their stage than it allows").isBetween(5L, won / 2);
        long open = deals.size() - won - lost;
        long overdue = countDeals("o.status = 'open' and o.expected_close_date < current_date");
        assertThat(overdue).as("past their expected close date").isBetween(3L, open / 5);
        assertThat(countDeals("o.status = 'open' and (o.expected_close_date is null "
                + "or o.expected_close_date > current_date + 275)")).isZero();
        assertThat(countDeals("o.status = 'open' and o.expected_close_date > current_date + 180")).as("into the next nine months")
                .isPositive();
        assertThat(countDeals("o.expected_close_date < (o.created_at at time zone 'UTC')::date")).isZero();
        assertThat(countDeals("o.status = 'won' and o.win_reason is null")).isZero();
        assertThat(jdbc.sql("select distinct loss_reason from opportunities where id in (:ids) and status = 'lost'")
                .param("ids", deals).query(String.class).list()).contains("价格高于竞争对手", "客户预算取消", "被竞争对手抢单");
        assertThat(jdbc.sql("select count(distinct a.id) from opportunities_aud a join revinfo r on r.rev = a.rev "
                        + "where a.id in (:ids) and a.revtype = 0 and r.user_id is not null")
                .param("ids", deals).query(Long.class).single()).as("change history names who wrote them").isEqualTo(deals.size());
    }

    /** The history the funnel is computed from: consistent in itself, with the deals, and with the calendar. */
    @Test
    void everyDealHasAConsistentBackdatedStageHistory() {
        List<UUID> deals = loaded.opportunities();
        String changes = """
                with h as (
                    select c.*, row_number() over w as n, count(*) over (partition by c.opportunity_id) as total,
                           lag(c.to_stage_id) over w as previous_stage, lag(c.changed_at) over w as previous_at
                    from opportunity_stage_changes c where c.opportunity_id in (:ids)
                    window w as (partition by c.opportunity_id order by c.changed_at, c.id))
                select count(*) from h join opportunities o on o.id = h.opportunity_id where %s""";
        Map<String, String> rules = new java.util.LinkedHashMap<>();
        rules.put("the first change opens the deal when it was created",
                "h.n = 1 and (h.from_stage_id is not null or h.changed_at <> o.created_at)");
        rules.put("every later change starts where the one before ended, later",
                "h.n > 1 and (h.from_stage_id is distinct from h.previous_stage or h.changed_at <= h.previous_at)");
        rules.put("the last change is the deal's stage, since then, and its last update",
                "h.n = h.total and (h.to_stage_id <> o.stage_id or h.changed_at <> o.stage_entered_at or h.changed_at <> o.updated_at)");
        rules.put("a closed deal closed on the day of its last change",
                "h.n = h.total and o.status <> 'open' and o.close_date is distinct from (h.changed_at at time zone 'UTC')::date");
        rules.put("all within the past twelve months", "h.changed_at > now() or h.changed_at < now() - interval '366 days'");
        rules.put("by the deal's owner, for the owner's department",
                "h.changed_by is distinct from o.owner_id or h.department_id is distinct from o.department_id or h.amount <> o.amount");
        rules.forEach((rule, violation) -> assertThat(jdbc.sql(changes.formatted(violation)).param("ids", deals)
                .query(Long.class).single()).as(rule).isZero());
        assertThat(jdbc.sql("select count(distinct opportunity_id) from opportunity_stage_changes where opportunity_id in (:ids)")
                .param("ids", deals).query(Long.class).single()).isEqualTo(deals.size());
        assertThat(countDeals("o.status = 'open' and o.close_date is not null")).isZero();
        assertThat(countDeals("o.status = 'lost' and o.loss_reason is null")).isZero();
        assertThat(countDeals("o.created_at < now() - interval '270 days'")).as("opened all year round").isPositive();
        assertThat(countDeals("o.created_at > now() - interval '30 days'")).isPositive();
        assertThat(jdbc.sql("""
                        select count(distinct c.opportunity_id) from opportunity_stage_changes c
                        join sales_stages f on f.id = c.from_stage_id join sales_stages t on t.id = c.to_stage_id
                        where c.opportunity_id in (:ids) and t.outcome = 'open' and t.position < f.position""")
                .param("ids", deals).query(Long.class).single()).as("some went back a stage").isBetween(10L, deals.size() / 4L);
    }

    @Test
    void buyingCommitteesAndCompetitorsWithGapsWhereTheWarningsShow() {
        List<UUID> deals = loaded.opportunities();
        long withCommittee = countDeals("exists (select 1 from opportunity_contacts m where m.opportunity_id = o.id)");
        assertThat(withCommittee).isBetween(deals.size() * 45 / 100L, deals.size() * 75 / 100L);
        assertThat(countDeals("(select count(*) from opportunity_contacts m where m.opportunity_id = o.id) > 4")).isZero();
        assertThat(countDeals("exists (select 1 from opportunity_contacts m join contacts c on c.id = m.contact_id "
                + "where m.opportunity_id = o.id and (c.account_id <> o.account_id or m.created_at < o.created_at "
                + "or m.created_at > now()))")).as("people of the deal's account, added while it ran").isZero();
        assertThat(jdbc.sql("select distinct influence from opportunity_contacts where opportunity_id in (:ids)")
                .param("ids", deals).query(String.class).list()).containsExactlyInAnyOrder("coach", "user", "technical", "economic");
        Map<String, Long> attitudes = new java.util.HashMap<>();
        jdbc.sql("select attitude, count(*) from opportunity_contacts where opportunity_id in (:ids) group by attitude")
                .param("ids", deals).query(rs -> {
                    attitudes.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(attitudes.get("opponent")).isPositive().isLessThan(attitudes.get("supporter")).isLessThan(attitudes.get("neutral"));
        String covered = "exists (select 1 from opportunity_contacts m where m.opportunity_id = o.id and m.influence = '%s')";
        long fullyCovered = countDeals(covered.formatted("economic") + " and " + covered.formatted("coach"));
        assertThat(fullyCovered).as("economic buyer and coach known").isGreaterThan(withCommittee / 5);
        assertThat(countDeals("exists (select 1 from opportunity_contacts m where m.opportunity_id = o.id) and not "
                + covered.formatted("economic"))).as("no economic buyer").isGreaterThan(withCommittee / 10);
        assertThat(countDeals("exists (select 1 from opportunity_contacts m where m.opportunity_id = o.id) and not "
                + covered.formatted("coach"))).as("no coach").isGreaterThan(withCommittee / 10);

        List<String> competitors = jdbc.sql("select name from competitors").query(String.class).list();
        assertThat(competitors).contains("山东瑞达糖业有限公司", "宝丰钢铁贸易（上海）有限公司", "Northfield Starch Co.");
        assertThat(loaded.counts()).containsEntry("competitors", 8);
        String analysed = "exists (select 1 from opportunity_competitors x where x.opportunity_id = o.id)";
        assertThat(countDeals(analysed)).isBetween(deals.size() * 30 / 100L, deals.size() * 50 / 100L);
        assertThat(countDeals(analysed + " and o.status = 'lost'") * countDeals("o.status = 'open'"))
                .as("lost deals met competitors more often than open ones")
                .isGreaterThan(2 * countDeals(analysed + " and o.status = 'open'") * countDeals("o.status = 'lost'"));
        assertThat(countDeals("exists (select 1 from opportunity_competitors x where x.opportunity_id = o.id and (x.strengths is null "
                + "or x.threats is null or x.brand_score is null or x.created_at < o.created_at))")).isZero();
        assertThat(jdbc.sql("select count(distinct competitor_id) from opportunity_competitors where opportunity_id in (:ids)")
                .param("ids", deals).query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void theVpsFunnelShowsConversionTimeInStageLossesAndAWinRate() throws Exception {
        String body = mvc.perform(get("/api/v1/reports/funnel").param("departmentId", "mine")
                        .header("Authorization", "Bearer " + token(VP)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.winRate")).doubleValue()).isBetween(0.3, 0.7);
        assertThat((Integer) JsonPath.read(body, "$.won")).isPositive();
        assertThat(((Number) JsonPath.read(body, "$.averageSalesCycleDays")).doubleValue()).isGreaterThan(30.0);
        List<Integer> reached = JsonPath.read(body, "$.stages[?(@.outcome == 'open')].reached");
        assertThat(reached).hasSize(9);
        assertThat(reached.get(0)).isGreaterThan(reached.get(8) * 2);
        for (int i = 1; i < reached.size(); i++) {
            assertThat(reached.get(i)).as("reached stage %d", i + 1).isLessThanOrEqualTo(reached.get(i - 1));
        }
        List<Number> days = JsonPath.read(body, "$.stages[?(@.outcome == 'open')].averageDaysInStage");
        assertThat(days).hasSize(9).allMatch(d -> d != null && d.doubleValue() > 0);
        List<Integer> lostHere = JsonPath.read(body, "$.stages[*].lostHere");
        assertThat(lostHere.stream().filter(n -> n > 0).count()).as("losses in many stages").isGreaterThanOrEqualTo(5);
        List<Number> conversion = JsonPath.read(body, "$.stages[?(@.outcome == 'open')].conversionToNext");
        assertThat(conversion).allMatch(c -> c.doubleValue() > 0 && c.doubleValue() < 1);
        String repeat = mvc.perform(get("/api/v1/reports/funnel").param("departmentId", "mine").param("process", "repeat_order")
                        .header("Authorization", "Bearer " + token(VP)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(repeat, "$.winRate")).doubleValue()).isPositive();
    }

    @Test
    void theBoardTheFunnelAndAnAccountPageShowTheDemoDeals() throws Exception {
        Map<String, Object> vp = jdbc.sql("select id, name, department_id from users where email = :e").param("e", VP)
                .query().singleRow();
        TestUser user = new TestUser((UUID) vp.get("id"), VP, (String) vp.get("name"), (UUID) vp.get("department_id"), null);
        Map<String, Object> deal = jdbc.sql("""
                        select o.name, o.account_id from opportunities o join sales_stages s on s.id = o.stage_id
                        where o.id in (:ids) and o.status = 'open' and s.position = 1 order by o.amount desc limit 1""")
                .param("ids", loaded.opportunities()).query().singleRow();
        String name = org.springframework.web.util.HtmlUtils.htmlEscape((String) deal.get("name"));
        mvc.perform(get("/opportunities/board").with(Api.signedIn(user))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(name)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gx-flag-late")));
        mvc.perform(get("/reports/funnel").with(Api.signedIn(user))).andExpect(status().isOk());
        mvc.perform(get("/accounts/" + deal.get("account_id")).with(Api.signedIn(user))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
        mvc.perform(get("/products").with(Api.signedIn(user))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("SY-F55")));
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

    private long countDeals(String condition) {
        return jdbc.sql("select count(*) from opportunities o join accounts a on a.id = o.account_id where o.id in (:ids) and ("
                + condition + ")").param("ids", loaded.opportunities()).query(Long.class).single();
    }

    private long countAccounts(String condition) {
        return jdbc.sql("select count(*) from accounts a where a.id in (:ids) and (" + condition + ")")
                .param("ids", loaded.accounts()).query(Long.class).single();
    }

    private List<UUID> ids(String table) {
        return jdbc.sql("select id from " + table).query(UUID.class).list();
    }
}
