package dev.guanxi.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Contacts: belong to the account's owner, follow visibility, and tie people together into a network. */
@IntegrationTest
class ContactApiTest {

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
    void aContactBelongsToTheOwnerOfItsAccount() throws Exception {
        UUID account = api.account(company.eastRep(), "Contact Owner Co " + System.nanoTime(), null);
        api.post(company.eastManager(), "/api/v1/contacts", """
                        {"name": "王芳", "accountId": "%s", "title": "采购经理", "mobile": "139 1234 5678",
                         "email": "wangfang@example.cn", "decisionRole": "purchaser", "keyDecisionMaker": true,
                         "birthday": "1985-06-01", "wechat": "wangfang85"}""".formatted(account))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerId").value(company.eastRep().id().toString()))
                .andExpect(jsonPath("$.accountName").value(org.hamcrest.Matchers.startsWith("Contact Owner Co")))
                .andExpect(jsonPath("$.decisionRole").value("purchaser"))
                .andExpect(jsonPath("$.birthday").value("1985-06-01"));
    }

    @Test
    void contactsFollowVisibilityAndCannotBeAddedToForeignAccounts() throws Exception {
        UUID eastAccount = api.account(company.eastRep(), "East Contacts " + System.nanoTime(), null);
        UUID contact = api.contact(company.eastRep(), "{\"name\":\"刘洋\",\"accountId\":\"" + eastAccount + "\"}");
        api.get(company.westRep(), "/api/v1/contacts/" + contact).andExpect(status().isNotFound());
        api.patch(company.westRep(), "/api/v1/contacts/" + contact, "{\"name\":\"x\"}").andExpect(status().isNotFound());
        api.get(company.eastManager(), "/api/v1/contacts/" + contact).andExpect(status().isOk());
        api.post(company.westRep(), "/api/v1/contacts", "{\"name\":\"Spy\",\"accountId\":\"" + eastAccount + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
        api.post(company.eastRep(), "/api/v1/contacts", "{\"name\":\"Bad\",\"email\":\"nope\",\"mobile\":\"abc\",\"birthday\":\"2999-01-01\",\"decisionRole\":\"king\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("mobile")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("birthday")));
    }

    @Test
    void aTwoCharacterChineseNameIsFoundByItselfItsPinyinAndItsInitials() throws Exception {
        UUID account = api.account(company.westRep(), "Search People " + System.nanoTime(), null);
        UUID contact = api.contact(company.westRep(), "{\"name\":\"张伟\",\"accountId\":\"" + account + "\",\"mobile\":\"13987654321\"}");
        for (String q : List.of("张伟", "张", "伟", "zhangwei", "zw", "98765")) {
            String body = api.query(company.westRep(), "/api/v1/contacts", "limit", "200", "q", q)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> ids = JsonPath.read(body, "$.items[*].id");
            assertThat(ids).as("search for %s", q).contains(contact.toString());
        }
    }

    @Test
    void peopleWhoKnowEachOtherShowOnTheAccountNetwork() throws Exception {
        UUID target = api.account(company.eastRep(), "Target Group " + System.nanoTime(), null);
        UUID friendAccount = api.account(company.eastRep(), "Friendly Supplier " + System.nanoTime(), "\"type\":\"supplier\"");
        UUID buyer = api.contact(company.eastRep(), "{\"name\":\"陈静\",\"accountId\":\"" + target + "\",\"keyDecisionMaker\":true}");
        UUID insider = api.contact(company.eastRep(), "{\"name\":\"Tom Baker\",\"accountId\":\"" + friendAccount + "\"}");
        api.post(company.eastRep(), "/api/v1/contacts/" + insider + "/relations",
                        "{\"toContactId\":\"" + buyer + "\",\"type\":\"former_colleague\",\"closeness\":4,\"note\":\"同在宝钢十年\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("former_colleague"));
        api.post(company.eastRep(), "/api/v1/contacts/" + insider + "/relations",
                        "{\"toContactId\":\"" + buyer + "\",\"type\":\"former_colleague\"}")
                .andExpect(status().isConflict());
        api.post(company.eastRep(), "/api/v1/contacts/" + insider + "/relations",
                        "{\"toContactId\":\"" + buyer + "\",\"type\":\"knows\",\"closeness\":9}")
                .andExpect(status().isBadRequest());
        api.get(company.eastRep(), "/api/v1/contacts/" + buyer + "/relations")
                .andExpect(jsonPath("$[0].direction").value("incoming"))
                .andExpect(jsonPath("$[0].contactName").value("Tom Baker"));
        String graph = api.get(company.eastRep(), "/api/v1/accounts/" + target + "/network")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> nodes = JsonPath.read(graph, "$.nodes[*].id");
        assertThat(nodes).contains("account:" + target, "contact:" + buyer, "contact:" + insider, "account:" + friendAccount);
        List<String> linkTypes = JsonPath.read(graph, "$.links[*].type");
        assertThat(linkTypes).contains("former_colleague", "works_at");
        // the west rep can see neither end: the network is not theirs to see
        api.get(company.westRep(), "/api/v1/accounts/" + target + "/network").andExpect(status().isNotFound());
    }
}
