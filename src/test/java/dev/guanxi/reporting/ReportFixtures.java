package dev.guanxi.reporting;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A department with a manager and two reps, and their week of 26 October – 1 November 2026 (Shanghai):
 * <pre>
 * Rep A: deals created in the week 10,000 CNY (won 30 Oct) and 5,000 CNY (moved interest → needs on 28 Oct);
 *        a deal from September lost on 29 Oct, 3,000 CNY; a deal created 2 Nov (next week) 7,000 CNY;
 *        activities done 27, 28, 31 Oct; one planned for 28 Oct still open (overdue); one done on 2 Nov (next week)
 *        target October 40,000 CNY and 6 activities → 10,000 = 25 %, 3 = 50 %
 * Rep B: one activity done on 30 Oct
 * </pre>
 */
final class ReportFixtures {

    final TestUser manager;
    final TestUser repA;
    final TestUser repB;
    final UUID department;
    private final Api api;
    private final JdbcClient jdbc;

    ReportFixtures(IdentityFixtures fixtures, Api api, JdbcClient jdbc, String name) {
        this.api = api;
        this.jdbc = jdbc;
        department = fixtures.department(name, null);
        manager = fixtures.user(name + " Manager", department, Role.SALES_MANAGER);
        repA = fixtures.user(name + " Rep A", department, Role.SALES_REP);
        repB = fixtures.user(name + " Rep B", department, Role.SALES_REP);
    }

    ReportFixtures week() throws Exception {
        UUID account = api.account(repA, "Report Customer " + System.nanoTime(), null);
        UUID accountB = api.account(repB, "Report Customer B " + System.nanoTime(), null);
        UUID big = deal(repA, account, "10000", "2026-10-27T02:00:00Z");
        close(big, "{\"status\": \"won\"}", "2026-10-30");
        UUID moved = deal(repA, account, "5000", "2026-10-27T03:00:00Z");
        api.post(repA, "/api/v1/opportunities/" + moved + "/stage", "{\"stage\": \"needs\"}").andExpect(status().isOk());
        jdbc.sql("update opportunity_stage_changes set changed_at = cast('2026-10-28T03:00:00Z' as timestamptz)"
                + " where opportunity_id = :id and from_stage_id is not null").param("id", moved).update();
        UUID old = deal(repA, account, "3000", "2026-09-01T03:00:00Z");
        close(old, "{\"status\": \"lost\", \"lossReason\": \"price\"}", "2026-10-29");
        deal(repA, account, "7000", "2026-11-02T03:00:00Z");
        activity(repA, account, "done", "2026-10-27T02:00:00Z");
        activity(repA, account, "done", "2026-10-28T02:00:00Z");
        activity(repA, account, "done", "2026-10-31T02:00:00Z");
        activity(repA, account, "planned", "2026-10-28T06:00:00Z");
        activity(repA, account, "done", "2026-11-02T02:00:00Z");
        activity(repB, accountB, "done", "2026-10-30T02:00:00Z");
        api.perform(manager, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/targets")
                        .contentType("application/json").content("{\"period\": \"2026-10\", \"targets\": [{\"ownerId\": \""
                                + repA.id() + "\", \"revenue\": \"40000\", \"currency\": \"CNY\", \"activities\": 6}]}"))
                .andExpect(status().isOk());
        return this;
    }

    private UUID deal(TestUser owner, UUID account, String amount, String createdAt) throws Exception {
        UUID deal = Api.idOf(api.post(owner, "/api/v1/opportunities", "{\"name\": \"Report deal\", \"accountId\": \"" + account
                        + "\", \"amount\": \"" + amount + "\", \"currency\": \"CNY\", \"stage\": \"interest\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        jdbc.sql("update opportunities set created_at = cast(:at as timestamptz) where id = :id")
                .param("at", createdAt).param("id", deal).update();
        return deal;
    }

    private void close(UUID deal, String body, String closed) throws Exception {
        api.post(repA, "/api/v1/opportunities/" + deal + "/close", body).andExpect(status().isOk());
        jdbc.sql("update opportunities set close_date = cast(:closed as date) where id = :id")
                .param("closed", closed).param("id", deal).update();
    }

    /** Done activities took place at {@code at}; a planned one was due then and is still open (overdue). */
    private void activity(TestUser owner, UUID account, String status, String at) throws Exception {
        UUID id = Api.idOf(api.post(owner, "/api/v1/activities", "{\"type\": \"call_outbound\", \"subject\": \"Report call\", "
                + "\"accountId\": \"" + account + "\"}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        if (status.equals("done")) {
            jdbc.sql("""
                            update activities set status = 'done', planned_start = null, planned_end = null,
                                   actual_start = cast(:at as timestamptz), actual_end = cast(:at as timestamptz) + interval '30 minutes'
                             where id = :id""").param("at", at).param("id", id).update();
        } else {
            jdbc.sql("""
                            update activities set status = 'planned', actual_start = null, actual_end = null,
                                   planned_start = cast(:at as timestamptz), planned_end = cast(:at as timestamptz) + interval '30 minutes'
                             where id = :id""").param("at", at).param("id", id).update();
        }
    }
}
