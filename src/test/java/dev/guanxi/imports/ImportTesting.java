package dev.guanxi.imports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures.TestUser;
import java.util.Map;
import java.util.UUID;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Imports through the API as a client would: upload, then follow the job until it has finished. */
final class ImportTesting {

    private ImportTesting() {
    }

    static UUID upload(Api api, TestUser user, String entity, String fileName, byte[] content, String mapping,
                       boolean dryRun) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports");
        request.file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
        request.param("entity", entity).param("dryRun", Boolean.toString(dryRun));
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        String body = api.perform(user, request).andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString();
        return Api.idOf(body);
    }

    /** The job's JSON once it is done, failed or cancelled (fails the test after a minute). */
    static Map<String, Object> awaitFinished(Api api, TestUser user, UUID id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            String body = api.perform(user, get("/api/v1/imports/" + id)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            Map<String, Object> job = JsonPath.read(body, "$");
            String state = (String) job.get("status");
            if (state.equals("done") || state.equals("failed") || state.equals("cancelled")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }

    static long count(Map<String, Object> job, String name) {
        return ((Number) job.get(name)).longValue();
    }
}
