package dev.guanxi.imports;

import static dev.guanxi.imports.ImportTesting.awaitFinished;
import static dev.guanxi.imports.ImportTesting.count;
import static dev.guanxi.imports.ImportTesting.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A company moving in: its org chart (a three-level department tree, parents defined earlier in the
 * same file) and then its sales people from a file with Chinese headers — exact counts, invitations
 * instead of passwords, the invitation link setting a password that signs in, administrators only,
 * and the same files again creating nothing.
 */
@IntegrationTest
class OrgChartImportTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Company company;
    String tag;

    @BeforeEach
    void company() {
        company = fixtures.company();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private byte[] departmentsFile() {
        String root = "销售部" + tag;
        return String.join("\n",
                "部门,上级部门",
                root + ",",
                "华东区," + root,
                "上海组," + root + "/华东区",
                "华南区," + root,
                "北京组,不存在的部门" + tag,
                "华东区, " + root + " ",
                "深圳组," + root + " / 华南区").getBytes(StandardCharsets.UTF_8);
    }

    private static final String DEPARTMENT_MAPPING = """
            {"columns": {"部门": "name", "上级部门": "parentId"}}""";

    private String usersMapping(String onDuplicate) {
        return """
                {"columns": {"姓名": "name", "邮箱": "email", "部门": "departmentId", "上级": "managerId", "角色": "roles",
                             "语言": "language"},
                 "values": {"roles": {"销售代表x": "sales_rep"}},
                 "onDuplicate": "%s"}""".formatted(onDuplicate);
    }

    private byte[] usersFile() {
        String root = "销售部" + tag;
        return String.join("\r\n",
                "\uFEFF姓名,邮箱,部门,上级,角色,语言",
                "王经理%s,wang.%s@example.cn,%s/华东区,,销售经理,中文".formatted(tag, tag, root),
                "李代表,li.%s@example.cn,%s/华东区/上海组,wang.%s@example.cn,销售代表x,英文".formatted(tag, root, tag),
                "张三,zhang.%s@example.cn,%s/华东区/上海组,王经理%s,\"销售代表、管理员\",zh-CN".formatted(tag, root, tag),
                "李代表重复,LI.%s@example.cn,,,销售代表,".formatted(tag),
                "坏邮箱,not-an-email,,,销售代表,",
                "赵六,zhao.%s@example.cn,不存在的部门%s,,销售代表,".formatted(tag, tag)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOrgChartAndItsPeopleMoveIn() throws Exception {
        TestUser admin = company.admin();
        byte[] departments = departmentsFile();

        // the preview knows that the parents of later rows would exist by then
        Map<String, Object> preview = awaitFinished(api, admin,
                upload(api, admin, "departments", "部门.csv", departments, DEPARTMENT_MAPPING, true));
        assertThat(countsOf(preview)).containsExactly(7L, 5L, 0L, 1L, 1L);
        assertThat(jdbc.sql("select count(*) from departments where name like :like").param("like", "销售部" + tag + "%")
                .query(Long.class).single()).isZero();

        Map<String, Object> done = awaitFinished(api, admin,
                upload(api, admin, "departments", "部门.csv", departments, DEPARTMENT_MAPPING, false));
        assertThat(done.get("status")).isEqualTo("done");
        assertThat(countsOf(done)).containsExactly(7L, 5L, 0L, 1L, 1L);
        UUID root = departmentId("销售部" + tag, null);
        UUID east = departmentId("华东区", root);
        UUID shanghai = departmentId("上海组", east);
        UUID south = departmentId("华南区", root);
        assertThat(departmentId("深圳组", south)).isNotNull();
        String errors = api.perform(admin, get("/api/v1/imports/" + done.get("id") + "/errors"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("北京组").contains("nothing found for \"\"不存在的部门" + tag);

        Map<String, Object> again = awaitFinished(api, admin,
                upload(api, admin, "departments", "部门.csv", departments, DEPARTMENT_MAPPING, false));
        assertThat(countsOf(again)).containsExactly(7L, 0L, 0L, 6L, 1L);

        // ---- the people -------------------------------------------------------------------------
        byte[] users = usersFile();
        Map<String, Object> usersPreview = awaitFinished(api, admin,
                upload(api, admin, "users", "用户.csv", users, usersMapping("skip"), true));
        assertThat(countsOf(usersPreview)).containsExactly(6L, 3L, 0L, 1L, 2L);
        assertThat(userCount()).isZero();

        Map<String, Object> imported = awaitFinished(api, admin,
                upload(api, admin, "users", "用户.csv", users, usersMapping("skip"), false));
        assertThat(imported.get("status")).isEqualTo("done");
        assertThat(countsOf(imported)).containsExactly(6L, 3L, 0L, 1L, 2L);
        assertThat(userCount()).isEqualTo(3L);

        var wang = user("wang." + tag + "@example.cn");
        var li = user("li." + tag + "@example.cn");
        var zhang = user("zhang." + tag + "@example.cn");
        assertThat(wang.get("department_id")).isEqualTo(east);
        assertThat(wang.get("roles")).isEqualTo("sales_manager");
        assertThat(wang.get("language")).isEqualTo("zh-CN");
        assertThat(li.get("department_id")).isEqualTo(shanghai);
        assertThat(li.get("manager_id")).isEqualTo(wang.get("id"));
        assertThat(li.get("roles")).isEqualTo("sales_rep");
        assertThat(li.get("language")).isEqualTo("en");
        assertThat(li.get("time_zone")).isEqualTo("Asia/Shanghai");
        assertThat(zhang.get("manager_id")).isEqualTo(wang.get("id"));
        assertThat(zhang.get("roles")).isEqualTo("admin,sales_rep");
        String userErrors = api.perform(admin, get("/api/v1/imports/" + imported.get("id") + "/errors"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(userErrors.lines().toList()).hasSize(3);
        assertThat(userErrors).contains("not an e-mail address: not-an-email").contains("不存在的部门" + tag);

        // nobody got a password from the file: the invitation is the only way in
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"li." + tag + "@example.cn\",\"password\":\"\"}")
                        .with(Api.from("10.9.0.1")))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like :like").param("like", "%." + tag + "@example.cn")
                .query(Long.class).single()).isEqualTo(3L);
        var mail = jdbc.sql("select subject, html_body from mail_outbox where recipient = :to")
                .param("to", "li." + tag + "@example.cn").query().singleRow();
        assertThat(mail.get("subject")).isEqualTo("Your Guanxi CRM account is ready");
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]+)\\?lang=en").matcher((String) mail.get("html_body"));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(jdbc.sql("select count(*) from user_invitations where token_hash like :t").param("t", "%" + token + "%")
                .query(Long.class).single()).as("only a digest is stored").isZero();

        mvc.perform(get("/invitation/" + token)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("li." + tag + "@example.cn")));
        mvc.perform(post("/invitation/" + token).param("password", "new-secret-1").param("confirmation", "new-secret-1"))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/invitation/" + token).with(csrf()).param("password", "short").param("confirmation", "short"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/invitation/" + token).with(csrf()).param("password", "new-secret-1")
                        .param("confirmation", "new-secret-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gx-invitation-login")));
        // the token died with its use; an unknown one shows the same plain page
        mvc.perform(get("/invitation/" + token)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gx-invitation-invalid")));
        mvc.perform(post("/invitation/" + token).with(csrf()).param("password", "other-secret-2")
                .param("confirmation", "other-secret-2")).andExpect(status().isNotFound());
        mvc.perform(get("/invitation/not-a-token")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"li." + tag + "@example.cn\",\"password\":\"new-secret-1\"}")
                        .with(Api.from("10.9.0.2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isString());

        // the same file again creates nobody and mails nobody
        Map<String, Object> rerun = awaitFinished(api, admin,
                upload(api, admin, "users", "用户.csv", users, usersMapping("skip"), false));
        assertThat(countsOf(rerun)).containsExactly(6L, 0L, 0L, 4L, 2L);
        assertThat(userCount()).isEqualTo(3L);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like :like").param("like", "%." + tag + "@example.cn")
                .query(Long.class).single()).isEqualTo(3L);

        // an update disables as the admin page does, and never touches the e-mail
        byte[] disable = ("邮箱,姓名,启用\nLI.%s@example.cn,李代表新,否\n".formatted(tag)).getBytes(StandardCharsets.UTF_8);
        Map<String, Object> updated = awaitFinished(api, admin, upload(api, admin, "users", "停用.csv", disable,
                "{\"columns\": {\"邮箱\": \"email\", \"姓名\": \"name\", \"启用\": \"active\"}, \"onDuplicate\": \"update\"}",
                false));
        assertThat(countsOf(updated)).containsExactly(1L, 0L, 1L, 0L, 0L);
        var disabled = user("li." + tag + "@example.cn");
        assertThat(disabled.get("active")).isEqualTo(false);
        assertThat(disabled.get("name")).isEqualTo("李代表新");
        assertThat(disabled.get("manager_id")).isEqualTo(wang.get("id"));
        assertThat(jdbc.sql("select count(*) from security_log where action = 'user.disabled' and target_id = :id")
                .param("id", disabled.get("id").toString()).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from api_tokens where user_id = :id and revoked_at is null")
                .param("id", disabled.get("id")).query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsImportDepartmentsAndUsers() throws Exception {
        for (TestUser user : List.of(company.eastManager(), company.vp())) {
            for (String entity : List.of("users", "departments")) {
                api.perform(user, multipart("/api/v1/imports")
                                .file(new MockMultipartFile("file", "x.csv", "text/csv", departmentsFile()))
                                .param("entity", entity))
                        .andExpect(status().isForbidden());
            }
            api.get(user, "/api/v1/imports/entities").andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.entity == 'users')]").isEmpty())
                    .andExpect(jsonPath("$[?(@.entity == 'contacts')]").isNotEmpty());
        }
        // the wizard offers them to administrators only
        api.page(company.eastManager(), get("/imports")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"contacts\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"users\""))));
        api.page(company.admin(), get("/imports")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"users\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"departments\"")));
        // and the page says why when someone posts the form anyway
        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", departmentsFile()))
                        .param("entity", "users").with(csrf()).with(Api.signedIn(company.eastManager())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your role does not allow you to import users.")));
        api.get(company.admin(), "/api/v1/imports/entities")
                .andExpect(jsonPath("$[?(@.entity == 'users')]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.entity == 'departments')]").isNotEmpty());
        assertThat(jdbc.sql("select count(*) from departments where name = :n").param("n", "销售部" + tag)
                .query(Long.class).single()).isZero();
    }

    private UUID departmentId(String name, UUID parent) {
        return jdbc.sql("select id from departments where name = :name and parent_id is not distinct from :parent")
                .param("name", name).param("parent", parent).query(UUID.class).single();
    }

    private long userCount() {
        return jdbc.sql("select count(*) from users where email like :like").param("like", "%." + tag + "@example.cn")
                .query(Long.class).single();
    }

    private Map<String, Object> user(String email) {
        return jdbc.sql("""
                        select u.id, u.name, u.department_id, u.manager_id, u.language, u.time_zone, u.active,
                               (select string_agg(role, ',' order by role) from user_roles r where r.user_id = u.id) as roles
                        from users u where email = :email""")
                .param("email", email).query().singleRow();
    }

    private static List<Long> countsOf(Map<String, Object> job) {
        return List.of(count(job, "rows"), count(job, "created"), count(job, "updated"), count(job, "skipped"),
                count(job, "rejected"));
    }
}
