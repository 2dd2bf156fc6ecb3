package dev.guanxi.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Lists: keyset pages, sorting from an allow-list, filters, search (2-character Chinese, pinyin), the pool. */
@IntegrationTest
class AccountListTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;

    Company company;

    @BeforeEach
    void company() {
        company = fixtures.company();
    }

    @Test
    void keysetPagesWalkTheWholeListWithoutGapsOrRepeats() throws Exception {
        String tag = "page" + System.nanoTime();
        List<String> created = new ArrayList<>();
        for (String name : List.of("Delta", "alpha", "Charlie", "Bravo", "Echo", "Golf", "Foxtrot")) {
            created.add(api.account(company.eastRep(), name + " " + tag, "\"tags\":[\"" + tag + "\"]").toString());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = "/api/v1/accounts?limit=3&sort=name&tag=" + tag + (cursor == null ? "" : "&cursor=" + cursor);
            String body = api.get(company.eastRep(), url).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> names = JsonPath.read(body, "$.items[*].name");
            seen.addAll(names);
            cursor = JsonPath.read(body, "$.nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void descendingSortByCreationShowsTheNewestFirst() throws Exception {
        String tag = "newest" + System.nanoTime();
        UUID first = api.account(company.eastRep(), "First " + tag, "\"tags\":[\"" + tag + "\"]");
        UUID second = api.account(company.eastRep(), "Second " + tag, "\"tags\":[\"" + tag + "\"]");
        api.get(company.eastRep(), "/api/v1/accounts?sort=-createdAt&tag=" + tag)
                .andExpect(jsonPath("$.items[0].id").value(second.toString()))
                .andExpect(jsonPath("$.items[1].id").value(first.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=password_hash", "sort=name;drop table accounts", "sort=-", "limit=0", "limit=100000",
            "cursor=not-a-cursor", "cursor=LW5hbWUKeAp4", "grade=Z", "type=' or 1=1 --", "ownerId=1 or 1=1",
            "departmentId=../../etc"})
    void malformedListParametersAreA400NeverA500(String query) throws Exception {
        api.get(company.vp(), "/api/v1/accounts?" + query.replace(" ", "%20").replace(";", "%3B").replace("'", "%27"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://guanxi.dev/problems/bad-request"));
    }

    @Test
    void aCursorOfOneSortCannotBeReplayedOnAnother() throws Exception {
        String tag = "cursor" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            api.account(company.eastRep(), "Cursor " + i + " " + tag, "\"tags\":[\"" + tag + "\"]");
        }
        String body = api.get(company.eastRep(), "/api/v1/accounts?limit=1&sort=name&tag=" + tag)
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(body, "$.nextCursor");
        api.get(company.eastRep(), "/api/v1/accounts?limit=1&sort=-createdAt&cursor=" + cursor)
                .andExpect(status().isBadRequest());
    }

    @Test
    void hostileSearchTextIsJustText() throws Exception {
        for (String q : List.of("' or '1'='1", "%", "_", "\\", "'; drop table accounts; --", "<script>")) {
            api.query(company.vp(), "/api/v1/accounts", "q", q)
                    .andExpect(status().isOk());
        }
        api.account(company.eastRep(), "100% Cotton Co " + System.nanoTime(), null);
        api.query(company.eastRep(), "/api/v1/accounts", "q", "0% c")
                .andExpect(jsonPath("$.items[0].name").value(org.hamcrest.Matchers.startsWith("100% Cotton Co")));
    }

    @Test
    void searchFindsByAnyPartOfNamePinyinPhoneOrEmail() throws Exception {
        String unique = Long.toString(System.nanoTime()).substring(7);
        UUID account = api.account(company.eastRep(), "张三丰贸易" + unique, """
                "phone": "0571-8765 4321", "email": "sales%s@zsf-trade.cn\"""".formatted(unique));
        for (String q : List.of("三丰", "张三丰", "丰贸", "zhangsanfeng", "sanfeng", "zsfmy", "87654321", "8765 4321",
                "zsf-trade", unique)) {
            String body = api.query(company.eastRep(), "/api/v1/accounts", "limit", "200", "q", q)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> ids = JsonPath.read(body, "$.items[*].id");
            assertThat(ids).as("search for %s", q).contains(account.toString());
        }
        // another department's rep does not find it
        api.query(company.westRep(), "/api/v1/accounts", "q", "张三丰贸易" + unique)
                .andExpect(jsonPath("$.items[*].id", not(hasItem(account.toString()))));
    }

    @Test
    void theGlobalSearchBoxFindsA2CharacterChineseNameAmongAccountsAndContacts() throws Exception {
        UUID account = api.account(company.eastRep(), "欧阳科技" + System.nanoTime(), null);
        api.contact(company.eastRep(), "{\"name\":\"秦岚\",\"accountId\":\"" + account + "\"}");
        api.page(company.eastRep(), get("/search").param("q", "秦岚"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("秦岚")));
        api.page(company.westRep(), get("/search").param("q", "欧阳科技"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(account.toString()))));
    }

    @Test
    void poolAccountsAreClaimedByOneRepOnly() throws Exception {
        UUID account = api.account(company.eastRep(), "Pool Candidate " + System.nanoTime(), null);
        api.post(company.eastRep(), "/api/v1/accounts/" + account + "/release", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.inPool").value(true))
                .andExpect(jsonPath("$.ownerId").doesNotExist());
        api.query(company.westRep(), "/api/v1/accounts", "pool", "true", "limit", "200", "q", "Pool Candidate")
                .andExpect(jsonPath("$.items[*].id", hasItem(account.toString())));
        api.patch(company.westRep(), "/api/v1/accounts/" + account, "{\"city\":\"成都\"}").andExpect(status().isForbidden());
        api.post(company.westRep(), "/api/v1/accounts/" + account + "/claim", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").value(company.westRep().id().toString()))
                .andExpect(jsonPath("$.departmentId").value(company.west().toString()));
        api.post(company.eastRep2(), "/api/v1/accounts/" + account + "/claim", "").andExpect(status().isNotFound());
        api.post(company.vp(), "/api/v1/accounts/" + account + "/claim", "").andExpect(status().isConflict());
    }

    @Test
    void filtersCombineAndSavedRelativeFiltersWork() throws Exception {
        String tag = "filter" + System.nanoTime();
        UUID a = api.account(company.eastRep(), "Filter A " + tag, "\"grade\":\"A\",\"status\":\"active\",\"tags\":[\"" + tag + "\"]");
        api.account(company.eastRep(), "Filter B " + tag, "\"grade\":\"B\",\"status\":\"active\",\"tags\":[\"" + tag + "\"]");
        api.account(company.westRep(), "Filter W " + tag, "\"grade\":\"A\",\"tags\":[\"" + tag + "\"]");
        api.get(company.eastManager(), "/api/v1/accounts?grade=A&departmentId=mine&tag=" + tag)
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(a.toString()));
        api.get(company.director(), "/api/v1/accounts?grade=A&departmentId=" + company.sales() + "&tag=" + tag)
                .andExpect(jsonPath("$.items.length()").value(2));
        api.get(company.eastRep(), "/api/v1/accounts?ownerId=me&tag=" + tag).andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void aNewAccountThatMayExistAlreadyIsFlaggedByCoreNameOrPhone() throws Exception {
        String n = Long.toString(System.nanoTime()).substring(8);
        UUID existing = api.account(company.eastRep(), "上海宝山精钢" + n + "有限公司", "\"phone\":\"021-5666 " + n.substring(0, 4) + "\"");
        api.query(company.eastRep(), "/api/v1/accounts/duplicates", "name", "宝山精钢" + n + "股份公司")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(existing.toString())));
        api.query(company.eastRep(), "/api/v1/accounts/duplicates", "name", "Something else", "phone", "+86 21 5666" + n.substring(0, 4))
                .andExpect(jsonPath("$[*].id", hasItem(existing.toString())));
        api.query(company.westRep(), "/api/v1/accounts/duplicates", "name", "宝山精钢" + n)
                .andExpect(jsonPath("$[*].id", not(hasItem(existing.toString()))));
        api.page(company.eastRep(), get("/accounts/duplicates").param("name", "上海宝山精钢" + n))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gx-duplicate-warning")));
    }
}
