package dev.guanxi.customer;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Business relations between accounts and the group structure, as the network graph shows them. */
@IntegrationTest
class AccountRelationsTest {

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
    void theNetworkShowsTheGroupCompanyPartnersAndCompetitorsTheUserCanSee() throws Exception {
        String n = Long.toString(System.nanoTime());
        UUID holding = api.account(company.eastRep(), "华东集团 " + n, null);
        UUID focus = api.account(company.eastRep(), "华东钢铁 " + n, "\"parentAccountId\":\"" + holding + "\"");
        UUID sister = api.account(company.eastRep(), "华东物流 " + n, "\"parentAccountId\":\"" + holding + "\"");
        UUID partner = api.account(company.eastRep(), "Partner " + n, "\"type\":\"partner\"");
        UUID competitor = api.account(company.eastRep(), "Rival " + n, "\"type\":\"competitor\"");
        UUID hidden = api.account(company.westRep(), "West Secret " + n, null);

        api.post(company.eastRep(), "/api/v1/accounts/" + focus + "/relations",
                        "{\"toAccountId\":\"" + partner + "\",\"type\":\"partner\",\"note\":\"联合投标\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.direction").value("outgoing"));
        api.post(company.eastRep(), "/api/v1/accounts/" + focus + "/relations",
                "{\"toAccountId\":\"" + competitor + "\",\"type\":\"competitor\"}").andExpect(status().isCreated());
        api.post(company.eastRep(), "/api/v1/accounts/" + focus + "/relations",
                "{\"toAccountId\":\"" + hidden + "\",\"type\":\"partner\"}").andExpect(status().isBadRequest());
        api.post(company.eastRep(), "/api/v1/accounts/" + focus + "/relations",
                "{\"toAccountId\":\"" + focus + "\",\"type\":\"partner\"}").andExpect(status().isBadRequest());
        api.post(company.eastRep(), "/api/v1/accounts/" + focus + "/relations",
                "{\"toAccountId\":\"" + partner + "\",\"type\":\"alliance\"}").andExpect(status().isBadRequest());
        api.post(company.westRep(), "/api/v1/accounts/" + focus + "/relations",
                "{\"toAccountId\":\"" + hidden + "\",\"type\":\"partner\"}").andExpect(status().isNotFound());

        api.get(company.eastRep(), "/api/v1/accounts/" + partner + "/relations")
                .andExpect(jsonPath("$[0].direction").value("incoming"))
                .andExpect(jsonPath("$[0].accountId").value(focus.toString()));

        String graph = api.get(company.eastRep(), "/api/v1/accounts/" + focus + "/network")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> nodes = JsonPath.read(graph, "$.nodes[*].id");
        assertThat(nodes).contains("account:" + focus, "account:" + holding, "account:" + sister,
                "account:" + partner, "account:" + competitor).doesNotContain("account:" + hidden);
        List<String> categories = JsonPath.read(graph, "$.nodes[?(@.id=='account:" + holding + "')].category");
        assertThat(categories).containsExactly("group");
        assertThat((List<String>) JsonPath.read(graph, "$.links[*].type")).contains("subsidiary", "partner", "competitor");
        assertThat((String) JsonPath.read(graph, "$.categories.focus")).isEqualTo("This account");
    }

    @Test
    void aUserMovedToAnotherDepartmentTakesTheirAccountsAlong() throws Exception {
        UUID account = api.account(company.eastRep(), "Moving Co " + System.nanoTime(), null);
        api.get(company.eastManager(), "/api/v1/accounts/" + account).andExpect(status().isOk());
        api.patch(company.admin(), "/api/v1/users/" + company.eastRep().id(), "{\"departmentId\":\"" + company.west() + "\"}")
                .andExpect(status().isOk());
        api.get(company.eastManager(), "/api/v1/accounts/" + account).andExpect(status().isNotFound());
        api.get(company.eastRep(), "/api/v1/accounts/" + account).andExpect(status().isOk())
                .andExpect(jsonPath("$.departmentId").value(company.west().toString()));
        api.get(company.director(), "/api/v1/accounts/" + account).andExpect(status().isOk());
    }
}
