package dev.guanxi.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The deal's team (members may read it), its process checklist and its files, through the API and the page. */
@IntegrationTest
class OpportunityWorkspaceTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    MockMvc mvc;

    Company company;
    UUID deal;

    @BeforeEach
    void deal() throws Exception {
        company = fixtures.company();
        UUID account = api.account(company.eastRep(), "Workspace Co " + System.nanoTime(), null);
        deal = Api.idOf(api.post(company.eastRep(), "/api/v1/opportunities",
                        "{\"name\": \"Workspace deal\", \"accountId\": \"" + account + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aTeamMemberFromAnotherDepartmentMayOpenTheDealButNotChangeIt() throws Exception {
        api.get(company.westRep(), "/api/v1/opportunities/" + deal).andExpect(status().isNotFound());
        api.post(company.westRep(), "/api/v1/opportunities/" + deal + "/team",
                "{\"userId\": \"" + company.westRep().id() + "\"}").andExpect(status().isNotFound());
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/team",
                        "{\"userId\": \"" + company.westRep().id() + "\", \"role\": \"售前工程师\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].name").value(company.westRep().name()))
                .andExpect(jsonPath("$[0].role").value("售前工程师"));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/team",
                "{\"userId\": \"" + company.westRep().id() + "\"}").andExpect(status().isConflict());
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/team",
                "{\"userId\": \"" + UUID.randomUUID() + "\"}").andExpect(status().isBadRequest());

        api.get(company.westRep(), "/api/v1/opportunities/" + deal).andExpect(status().isOk());
        api.page(company.westRep(), get("/search").param("q", "Workspace deal"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(deal.toString())));
        api.patch(company.westRep(), "/api/v1/opportunities/" + deal, "{\"name\": \"Mine now\"}").andExpect(status().isForbidden());
        api.get(company.eastRep2(), "/api/v1/opportunities/" + deal).andExpect(status().isNotFound());

        api.delete(company.eastRep(), "/api/v1/opportunities/" + deal + "/team/" + company.westRep().id())
                .andExpect(status().isNoContent());
        api.get(company.westRep(), "/api/v1/opportunities/" + deal).andExpect(status().isNotFound());
    }

    @Test
    void stepsOfTheProcessAreTickedByWhoeverMayChangeTheDeal() throws Exception {
        String body = api.get(company.eastRep(), "/api/v1/opportunities/" + deal + "/checklist")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].stage").value("initial_contact"))
                .andExpect(jsonPath("$[0].done").value(false))
                .andReturn().getResponse().getContentAsString();
        String step = JsonPath.read(body, "$[0].itemId");
        api.perform(company.eastRep(), put("/api/v1/opportunities/" + deal + "/checklist/" + step))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].done").value(true))
                .andExpect(jsonPath("$[0].doneBy").value(company.eastRep().name()));
        String again = api.perform(company.eastRep(), put("/api/v1/opportunities/" + deal + "/checklist/" + step))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Object>>read(again, "$[?(@.done == true)]")).hasSize(1);
        api.perform(company.eastRep2(), put("/api/v1/opportunities/" + deal + "/checklist/" + step))
                .andExpect(status().isNotFound());
        api.perform(company.eastRep(), put("/api/v1/opportunities/" + deal + "/checklist/" + UUID.randomUUID()))
                .andExpect(status().isNotFound());
        api.delete(company.eastRep(), "/api/v1/opportunities/" + deal + "/checklist/" + step).andExpect(status().isOk());
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal + "/checklist").andExpect(jsonPath("$[0].done").value(false));

        api.page(company.eastRep(), post("/opportunities/" + deal + "/checklist/" + step).param("done", "true")
                        .header("HX-Request", "true").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"gx-checklist\"")))
                .andExpect(content().string(containsString(company.eastRep().name())));
    }

    @Test
    void filesKeepTheirNameButNotTheirPathAndAlwaysDownloadAsFiles() throws Exception {
        byte[] bytes = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/v1/opportunities/" + deal + "/attachments")
                        .file(new MockMultipartFile("file", "../../etc/方案书 v2.html", "text/html", bytes))
                        .header("Authorization", company.eastRep().bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("方案书 v2.html"))
                .andExpect(jsonPath("$.sizeBytes").value(bytes.length))
                .andReturn().getResponse().getContentAsString();
        String file = JsonPath.read(body, "$.id");
        byte[] downloaded = mvc.perform(get("/api/v1/opportunities/" + deal + "/attachments/" + file)
                        .header("Authorization", company.eastManager().bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(bytes);

        api.get(company.westRep(), "/api/v1/opportunities/" + deal + "/attachments/" + file).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/opportunities/" + deal + "/attachments")
                        .file(new MockMultipartFile("file", "x.txt", "text/plain", bytes))
                        .header("Authorization", company.eastRep2().bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/opportunities/" + deal + "/attachments")
                        .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .header("Authorization", company.eastRep().bearer()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("请选择一个非空文件。"));

        UUID otherDeal = Api.idOf(api.post(company.eastRep(), "/api/v1/opportunities",
                        "{\"name\": \"Other deal\", \"accountId\": \"" + api.account(company.eastRep(), "Other Co " + System.nanoTime(), null) + "\"}")
                .andReturn().getResponse().getContentAsString());
        api.get(company.eastRep(), "/api/v1/opportunities/" + otherDeal + "/attachments/" + file).andExpect(status().isNotFound());

        api.get(company.eastRep(), "/api/v1/opportunities/" + deal + "/attachments").andExpect(jsonPath("$.length()").value(1));
        api.page(company.eastRep(), get("/opportunities/" + deal))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("方案书 v2.html")))
                .andExpect(content().string(containsString("id=\"gx-timeline\"")));
        api.delete(company.eastRep(), "/api/v1/opportunities/" + deal + "/attachments/" + file).andExpect(status().isNoContent());
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal + "/attachments").andExpect(jsonPath("$.length()").value(0));
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal + "/attachments/" + file).andExpect(status().isNotFound());
    }
}
