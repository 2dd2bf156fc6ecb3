package dev.guanxi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar: range queries with conflicts under visibility, moving by drag, the private feed, .ics import. */
@IntegrationTest
class CalendarTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Company company;
    Instant monday;

    @BeforeEach
    void company() {
        company = fixtures.company();
        monday = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void overlappingMeetingsOfOnePersonAreConflictsAndColleaguesOutsideTheScopeSeeNothing() throws Exception {
        String first = meeting(company.eastRep(), "Overlap A", monday, 60);
        String second = meeting(company.eastRep(), "Overlap B", monday.plus(30, ChronoUnit.MINUTES), 60);
        String apart = meeting(company.eastRep(), "Apart", monday.plus(3, ChronoUnit.HOURS), 30);
        String range = monday.minus(1, ChronoUnit.DAYS) + "";
        String to = monday.plus(1, ChronoUnit.DAYS) + "";

        String events = api.query(company.eastRep(), "/api/v1/calendar", "from", range, "to", to, "ownerId", "me")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(events, "$[?(@.id == '" + first + "')].conflict")).containsExactly(true);
        assertThat(JsonPath.<List<Boolean>>read(events, "$[?(@.id == '" + second + "')].conflict")).containsExactly(true);
        assertThat(JsonPath.<List<Boolean>>read(events, "$[?(@.id == '" + apart + "')].conflict")).containsExactly(false);
        assertThat(JsonPath.<List<Boolean>>read(events, "$[?(@.id == '" + apart + "')].editable")).containsExactly(true);
        // the same times on the user's own clock (fixture users live in Asia/Shanghai)
        assertThat(JsonPath.<List<String>>read(events, "$[?(@.id == '" + first + "')].localStart"))
                .containsExactly(java.time.LocalDateTime.ofInstant(monday, java.time.ZoneId.of("Asia/Shanghai")).toString() + ":00");
        // the manager of the department sees the rep's calendar, read-write; a rep of another department sees nothing
        api.query(company.eastManager(), "/api/v1/calendar", "from", range, "to", to, "ownerId", company.eastRep().id().toString())
                .andExpect(jsonPath("$.length()").value(3));
        api.query(company.westRep(), "/api/v1/calendar", "from", range, "to", to, "ownerId", company.eastRep().id().toString())
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        // a range that is missing, reversed or longer than the limit is refused
        api.query(company.eastRep(), "/api/v1/calendar", "from", to, "to", range).andExpect(status().isBadRequest());
        api.query(company.eastRep(), "/api/v1/calendar", "to", to).andExpect(status().isBadRequest());
        api.query(company.eastRep(), "/api/v1/calendar", "from", range, "to", monday.plus(500, ChronoUnit.DAYS).toString())
                .andExpect(status().isBadRequest());
    }

    @Test
    void draggingMovesTheActivityOnceAndAnOldVersionChangesNothing() throws Exception {
        String id = meeting(company.eastRep(), "Drag me", monday, 60);
        Instant later = monday.plus(1, ChronoUnit.DAYS);
        api.page(company.eastRep(), post("/calendar/events/{id}/move", id).with(csrf())
                        .param("start", later.toString()).param("end", later.plus(90, ChronoUnit.MINUTES).toString()).param("version", "0"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        api.page(company.eastRep(), post("/calendar/events/{id}/move", id).with(csrf())
                        .param("start", monday.toString()).param("version", "0"))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("select planned_start from activities where id = :id").param("id", UUID.fromString(id))
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(later);
        // someone who may only read it cannot move it
        api.page(company.westRep(), post("/calendar/events/{id}/move", id).with(csrf())
                        .param("start", monday.toString()).param("version", "1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePrivateFeedServesTheUsersActivitiesAsICalendarUntilRevoked() throws Exception {
        String id = meeting(company.westRep(), "Feed 会议 " + System.nanoTime(), monday, 45);
        String page = api.page(company.westRep(), post("/calendar/feed").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher address = Pattern.compile("/calendar/feed/([A-Za-z0-9_-]{20,})\\.ics").matcher(page);
        assertThat(address.find()).as("the new address is shown once").isTrue();
        String secret = address.group(1);

        byte[] ics = api.perform(null, get("/calendar/feed/{secret}.ics", secret)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).map(p -> ((Property) p).getValue()).orElse("").equals(id + "@guanxi"))
                .findFirst().orElseThrow();
        assertThat(event.getSummary().orElseThrow().getValue()).startsWith("Feed 会议");
        assertThat(Instant.from(event.getDateTimeStart().orElseThrow().getDate())).isEqualTo(monday);
        assertThat(Instant.from(event.getDateTimeEnd().orElseThrow().getDate())).isEqualTo(monday.plus(45, ChronoUnit.MINUTES));
        // nobody else's activities are in it
        String stranger = meeting(company.eastRep(), "Not in west feed", monday, 30);
        assertThat(new String(api.perform(null, get("/calendar/feed/{secret}.ics", secret)).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8)).doesNotContain(stranger);

        api.perform(null, get("/calendar/feed/{secret}.ics", secret + "x")).andExpect(status().isNotFound());
        api.page(company.westRep(), post("/calendar/feed/revoke").with(csrf())).andExpect(status().is3xxRedirection());
        api.perform(null, get("/calendar/feed/{secret}.ics", secret)).andExpect(status().isNotFound());
    }

    @Test
    void anIcsFileImportsOnceAndAnInvalidFileChangesNothing() throws Exception {
        String uid = "import-" + System.nanoTime();
        String ics = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                BEGIN:VEVENT\r
                UID:%1$s-1\r
                DTSTAMP:20261101T000000Z\r
                DTSTART:20300115T020000Z\r
                DTEND:20300115T030000Z\r
                SUMMARY:季度业务回顾\r
                LOCATION:上海\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:%1$s-2\r
                DTSTAMP:20261101T000000Z\r
                DTSTART;TZID=Europe/Berlin:20200310T090000\r
                DTEND;TZID=Europe/Berlin:20200310T100000\r
                SUMMARY:Past review\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(uid);
        MockMultipartFile file = new MockMultipartFile("file", "events.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/activities/ics").file(file).header("Authorization", company.eastRep().bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.skipped").value(0));
        mvc.perform(multipart("/api/v1/activities/ics").file(file).header("Authorization", company.eastRep().bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.skipped").value(2));
        assertThat(jdbc.sql("select status from activities where external_id = :x").param("x", "ics:" + uid + "-2")
                .query(String.class).single()).isEqualTo("done");
        assertThat(jdbc.sql("select planned_start from activities where external_id = :x").param("x", "ics:" + uid + "-2")
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(Instant.parse("2020-03-10T08:00:00Z"));

        long before = jdbc.sql("select count(*) from activities").query(Long.class).single();
        MockMultipartFile broken = new MockMultipartFile("file", "x.ics", "text/calendar",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n<script>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/activities/ics").file(broken).header("Authorization", company.eastRep().bearer())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("这不是可读取的 iCalendar (.ics) 文件。"));
        assertThat(jdbc.sql("select count(*) from activities").query(Long.class).single()).isEqualTo(before);
    }

    private String meeting(IdentityFixtures.TestUser user, String subject, Instant start, int minutes) throws Exception {
        String body = api.post(user, "/api/v1/activities", """
                        {"type": "meeting", "subject": %s, "plannedStart": "%s", "plannedEnd": "%s"}
                        """.formatted(Api.quote(subject), start, start.plus(minutes, ChronoUnit.MINUTES)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
