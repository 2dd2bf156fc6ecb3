package dev.guanxi.imports;

import static dev.guanxi.imports.ImportTesting.awaitFinished;
import static dev.guanxi.imports.ImportTesting.count;
import static dev.guanxi.imports.ImportTesting.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Contacts imported from a messy GBK file of Chinese Excel through the API: exact counts that add up,
 * the preview equal to the run, the reasons in the error file, history rows, visibility and ownership
 * rules as in the form, and a second run of the same file creating nothing.
 */
@IntegrationTest
class ContactImportTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Company company;
    String tag;
    UUID account;

    @BeforeEach
    void company() throws Exception {
        company = fixtures.company();
        tag = UUID.randomUUID().toString().substring(0, 8);
        account = api.account(company.eastRep(), "华东钢铁 " + tag, null);
    }

    private byte[] messyFile(TestUser owner) {
        String accountName = "华东钢铁 " + tag;
        String csv = String.join("\r\n",
                "姓名,公司,手机,邮箱,性别,生日,负责人,备注",
                "张伟,%s,13800%s1,zhang.wei.%s@example.cn,男,1980-03-01,%s,=1+2".formatted(accountName, digits(), tag, owner.email()),
                "李娜,%s,13800%s2,li.na.%s@example.cn,femal,1985/7/15,,".formatted(accountName, digits(), tag),
                "王,,13800%s3,,,,,".formatted(digits()),
                "张伟,%s,,ZHANG.WEI.%s@example.cn,,,,重复".formatted(accountName, tag),
                "赵六,%s,,not-an-email,,,,=HYPERLINK(\"http://evil\")".formatted(accountName),
                "孙七,不存在的公司 %s,,sun.qi.%s@example.cn,,,,".formatted(tag, tag),
                "周八,%s,,zhou.ba.%s@example.cn,,03/04/1990,,".formatted(accountName, tag),
                ",,,,,,,",
                "欧阳,%s,,ouyang.%s@example.cn,x?,,,".formatted(accountName, tag));
        return csv.getBytes(Charset.forName("GBK"));
    }

    private String digits() {
        return String.format("%05d", Math.abs(tag.hashCode()) % 100000);
    }

    private static final String MAPPING = """
            {"columns": {"姓名": "name", "公司": "accountId", "手机": "mobile", "邮箱": "email", "性别": "gender",
                         "生日": "birthday", "负责人": "ownerId", "备注": "notes"},
             "values": {"gender": {"femal": "female", "男": "male"}},
             "matchOn": ["email", "mobile"], "onDuplicate": "skip", "onUnresolvedReference": "reject"}""";

    @Test
    void aMessyFileEndsInExactCountsWithReasons() throws Exception {
        TestUser rep = company.eastRep();
        byte[] file = messyFile(rep);

        UUID preview = upload(api, rep, "contacts", "联系人.csv", file, MAPPING, true);
        Map<String, Object> previewed = awaitFinished(api, rep, preview);
        assertThat(previewed.get("status")).isEqualTo("done");
        assertThat(previewed.get("dryRun")).isEqualTo(true);
        assertThat(countsOf(previewed)).containsExactly(8L, 3L, 0L, 1L, 4L);
        assertThat(contactsTagged()).isZero();

        UUID run = upload(api, rep, "contacts", "联系人.csv", file, MAPPING, false);
        Map<String, Object> done = awaitFinished(api, rep, run);
        assertThat(done.get("status")).isEqualTo("done");
        assertThat(countsOf(done)).containsExactly(8L, 3L, 0L, 1L, 4L);
        assertThat(count(done, "rows")).isEqualTo(count(done, "created") + count(done, "updated")
                + count(done, "skipped") + count(done, "rejected"));

        var zhang = jdbc.sql("select name, account_id, gender, birthday::text, owner_id, department_id, notes, email "
                        + "from contacts where email = :email")
                .param("email", "zhang.wei." + tag + "@example.cn").query().singleRow();
        assertThat(zhang.get("account_id")).isEqualTo(account);
        assertThat(zhang.get("gender")).isEqualTo("male");
        assertThat(zhang.get("birthday")).isEqualTo("1980-03-01");
        assertThat(zhang.get("owner_id")).isEqualTo(rep.id());
        assertThat(zhang.get("department_id")).isEqualTo(company.east());
        assertThat(zhang.get("notes")).isEqualTo("=1+2");
        var li = jdbc.sql("select gender, birthday::text from contacts where email = :email")
                .param("email", "li.na." + tag + "@example.cn").query().singleRow();
        assertThat(li.get("gender")).isEqualTo("female");
        assertThat(li.get("birthday")).isEqualTo("1985-07-15");
        // the one-character name is found by the search box like any other contact
        api.query(rep, "/api/v1/contacts", "q", "王", "limit", "200").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.mobile == '13800" + digits() + "3')]").exists());
        // history: one audit row per created contact, under a revision of the importing user
        assertThat(jdbc.sql("""
                        select count(*) from contacts_aud a join revinfo r on r.rev = a.rev
                        where a.revtype = 0 and r.user_id = :user and a.id in (select id from contacts where notes = '=1+2'
                              or email like :like or mobile = :mobile)
                        """).param("user", rep.id()).param("like", "%." + tag + "@example.cn")
                .param("mobile", "13800" + digits() + "3").query(Long.class).single()).isEqualTo(3L);

        String errors = api.perform(rep, get("/api/v1/imports/" + run + "/errors")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).startsWith("\uFEFF姓名,公司,手机,邮箱,性别,生日,负责人,备注,Row,Error");
        List<String> lines = errors.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("赵六,").contains("'=HYPERLINK").endsWith(",5,E-mail: not an e-mail address: not-an-email");
        assertThat(lines.get(2)).startsWith("孙七,").contains("nothing found for \"\"不存在的公司 " + tag);
        assertThat(lines.get(3)).startsWith("周八,").contains("day-first or month-first");
        assertThat(lines.get(4)).startsWith("欧阳,").contains(",9,").contains("unknown value \"\"x?\"\"");

        // the reasons are kept as message keys: the same error file reads in Chinese once the user switches
        jdbc.sql("update users set language = 'zh-CN' where id = :id").param("id", rep.id()).update();
        String chinese = api.perform(rep, get("/api/v1/imports/" + run + "/errors")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).startsWith("\uFEFF姓名,公司,手机,邮箱,性别,生日,负责人,备注,行号,错误原因")
                .contains(",5,邮箱: 不是有效的电子邮箱：not-an-email");
        jdbc.sql("update users set language = 'en' where id = :id").param("id", rep.id()).update();

        // the same file again: nothing new, the three contacts are recognised by e-mail or mobile
        UUID again = upload(api, rep, "contacts", "联系人.csv", file, MAPPING, false);
        Map<String, Object> second = awaitFinished(api, rep, again);
        assertThat(countsOf(second)).containsExactly(8L, 0L, 0L, 4L, 4L);
        assertThat(contactsTagged()).isEqualTo(3L);
    }

    @Test
    void updatesChangeOnlyTheFilledCellsAndRespectWhoMayChangeWhat() throws Exception {
        TestUser rep = company.eastRep();
        UUID mine = api.contact(rep, "{\"name\":\"Lin Mei\",\"accountId\":\"" + account + "\",\"email\":\"lin.mei." + tag
                + "@example.cn\",\"title\":\"Buyer\",\"mobile\":\"13911112222\"}");
        UUID westAccount = api.account(company.westRep(), "West Co " + tag, null);
        UUID theirs = api.contact(company.westRep(), "{\"name\":\"Wes Tern\",\"accountId\":\"" + westAccount
                + "\",\"email\":\"wes." + tag + "@example.cn\"}");
        String csv = String.join("\n",
                "Name,E-mail,Title,Owner",
                "Lin Mei,lin.mei." + tag + "@example.cn,Head of purchasing,",
                "Wes Tern,wes." + tag + "@example.cn,Hijacked,",
                "New Person,new." + tag + "@example.cn,,West Co " + tag,
                "Other Owner,other." + tag + "@example.cn,," + company.westRep().email());
        String mapping = """
                {"columns": {"Name": "name", "E-mail": "email", "Title": "title", "Owner": "ownerId"},
                 "matchOn": ["email"], "onDuplicate": "update"}""";
        UUID run = upload(api, rep, "contacts", "update.csv", csv.getBytes(StandardCharsets.UTF_8), mapping, false);
        Map<String, Object> done = awaitFinished(api, rep, run);
        // Lin Mei updated; Wes Tern is not visible to the rep, so a new contact is created for them in the
        // rep's name (no breach of the west's record); "West Co" is not a user; a rep cannot give records away
        assertThat(countsOf(done)).containsExactly(4L, 1L, 1L, 0L, 2L);
        var lin = jdbc.sql("select title, mobile, version from contacts where id = :id").param("id", mine).query().singleRow();
        assertThat(lin.get("title")).isEqualTo("Head of purchasing");
        assertThat(lin.get("mobile")).isEqualTo("13911112222");
        assertThat(lin.get("version")).isEqualTo(1L);
        assertThat(jdbc.sql("select title is null and version = 0 from contacts where id = :id").param("id", theirs)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from contacts_aud where id = :id and revtype = 1").param("id", mine)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void vCardFilesBecomeContacts() throws Exception {
        TestUser rep = company.eastRep();
        String vcf = """
                BEGIN:VCARD
                VERSION:3.0
                FN:陈静
                ORG:华东钢铁 %s;采购部
                TITLE:采购经理
                TEL;TYPE=CELL:13700%s
                EMAIL:chen.jing.%s@example.cn
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                FN:Peter Brandt
                EMAIL:peter.%s@example.de
                TEL;TYPE=work:+49 30 1234567
                END:VCARD
                """.formatted(tag, digits() + "9", tag, tag).replace("\n", "\r\n");
        UUID run = upload(api, rep, "contacts", "cards.vcf", vcf.getBytes(StandardCharsets.UTF_8), null, false);
        Map<String, Object> done = awaitFinished(api, rep, run);
        assertThat(done.get("format")).isEqualTo("vcard");
        assertThat(countsOf(done)).containsExactly(2L, 2L, 0L, 0L, 0L);
        var chen = jdbc.sql("select account_id, title, department_name, mobile from contacts where email = :e")
                .param("e", "chen.jing." + tag + "@example.cn").query().singleRow();
        assertThat(chen.get("account_id")).isEqualTo(account);
        assertThat(chen.get("title")).isEqualTo("采购经理");
        assertThat(chen.get("department_name")).isEqualTo("采购部");
        assertThat(chen.get("mobile")).isEqualTo("13700" + digits() + "9");
    }

    @Test
    void badRequestsChangeNothingAndJobsArePrivate() throws Exception {
        TestUser rep = company.eastRep();
        api.perform(rep, multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "Name\nX".getBytes(StandardCharsets.UTF_8))).param("entity", "spaceships"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("entity"));
        api.perform(rep, multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "Name\nX".getBytes(StandardCharsets.UTF_8))).param("entity", "contacts").param("mapping", "{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mapping"));
        api.perform(rep, multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "Name\nX".getBytes(StandardCharsets.UTF_8))).param("entity", "contacts")
                        .param("mapping", "{\"columns\": {\"Nope\": \"name\"}}"))
                .andExpect(status().isBadRequest());
        api.perform(rep, multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream",
                        "this is not a workbook".getBytes(StandardCharsets.UTF_8))).param("entity", "contacts"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        // a mapping without the required name column is refused before anything runs, in Chinese for a Chinese caller
        TestUser chinese = fixtures.user("王经理", company.east(), Role.SALES_REP);
        jdbc.sql("update users set language = 'zh-CN' where id = :id").param("id", chinese.id()).update();
        api.perform(chinese, multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "邮箱\na@b.cn".getBytes(StandardCharsets.UTF_8))).param("entity", "contacts"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("请为必填字段“姓名”指定一列。"));
        assertThat(jdbc.sql("select count(*) from import_jobs where created_by = :id").param("id", chinese.id())
                .query(Long.class).single()).isZero();

        UUID run = upload(api, rep, "contacts", "one.csv", ("Name,Mobile\nSolo " + tag + ",13600000001").getBytes(
                StandardCharsets.UTF_8), null, false);
        awaitFinished(api, rep, run);
        api.perform(company.westRep(), get("/api/v1/imports/" + run)).andExpect(status().isNotFound());
        api.perform(company.westRep(), get("/api/v1/imports/" + run + "/errors")).andExpect(status().isNotFound());
        api.perform(rep, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/imports/" + run + "/start")).andExpect(status().isConflict());
    }

    @Test
    void theEncodingCanBeChosenWhenDetectionCannotTell() throws Exception {
        TestUser rep = company.eastRep();
        // Big5 bytes are not UTF-8, so detection would read them as GB18030 and garble the name
        byte[] big5 = ("Name,E-mail\n陳大文 " + tag + ",chan." + tag + "@example.hk\n").getBytes(Charset.forName("Big5"));
        String body = api.perform(rep, multipart("/api/v1/imports").file(new MockMultipartFile("file", "hk.csv", "text/csv", big5))
                        .param("entity", "contacts").param("charset", "big5"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        Map<String, Object> done = awaitFinished(api, rep, Api.idOf(body));
        assertThat(done.get("charset")).isEqualTo("Big5");
        assertThat(count(done, "created")).isEqualTo(1L);
        assertThat(jdbc.sql("select name from contacts where email = :e").param("e", "chan." + tag + "@example.hk")
                .query(String.class).single()).isEqualTo("陳大文 " + tag);
        api.perform(rep, multipart("/api/v1/imports").file(new MockMultipartFile("file", "hk.csv", "text/csv", big5))
                        .param("entity", "contacts").param("charset", "klingon"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("charset"));
    }

    private long contactsTagged() {
        return jdbc.sql("select count(*) from contacts where email like :like or mobile like :mobile")
                .param("like", "%." + tag + "@example.cn").param("mobile", "13800" + digits() + "_").query(Long.class).single();
    }

    private static List<Long> countsOf(Map<String, Object> job) {
        return List.of(count(job, "rows"), count(job, "created"), count(job, "updated"), count(job, "skipped"),
                count(job, "rejected"));
    }
}
