package org.mufakat.outputs.web;

import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The press release and outcome list through the JSON API; meetings of its own in September 2024. */
class PressReleaseApiTests extends ApiTestSupport {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;

    @Test
    void draftsRevisesAndIssuesWithVersionsAsETags() throws Exception {
        MeetingId som = newSom();
        String uri = "/api/v1/meetings/{id}/press-release";

        put(uri, json(release("Drafted.", null)), som).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(0))).andExpect(jsonPath("$.status").value("DRAFT"));
        putIfMatch(etag(0), uri, json(release("Revised.", null)), som).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag(1)));
        put(uri, json(release("Stale.", 0)), som).andExpect(problem(HttpStatus.CONFLICT))
                .andExpect(jsonPath("$.changes[0].field").value("bodyEn"))
                .andExpect(jsonPath("$.changes[0].whenLoaded").value("Drafted."))
                .andExpect(jsonPath("$.changes[0].now").value("Revised."));

        mvc.perform(MockMvcRequestBuilders.post(uri + "/issue", som)).andExpect(problem(HttpStatus.PRECONDITION_REQUIRED));
        mvc.perform(MockMvcRequestBuilders.post(uri + "/issue", som).header(HttpHeaders.IF_MATCH, etag(1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED")).andExpect(jsonPath("$.issuedBy").value("record-keeper"));

        mvc.perform(MockMvcRequestBuilders.get(uri, som).with(anonymous())).andExpect(status().isOk())
                .andExpect(jsonPath("$.body.en").value("Revised.")).andExpect(jsonPath("$.body.vi").value("Nội dung: Revised."));
        putIfMatch(etag(2), uri, json(release("After issue.", null)), som)
                .andExpect(ruleViolated("", "outputs.pressRelease.issued"));
    }

    @Test
    void aDraftIsNotFoundForThePublicAndAMissingTextIsNamed() throws Exception {
        MeetingId som = newSom();
        String uri = "/api/v1/meetings/{id}/press-release";

        put(uri, json(fields("titleEn", "Title", "titleVi", "Tiêu đề", "bodyEn", "Text.")), som)
                .andExpect(ruleViolated("bodyVi", "outputs.pressRelease.bodyVi.required"));
        put(uri, json(release("Drafted.", null)), som).andExpect(status().isOk());

        mvc.perform(MockMvcRequestBuilders.get(uri, som).with(anonymous())).andExpect(problem(HttpStatus.NOT_FOUND));
        get(uri, som).andExpect(status().isOk()).andExpect(jsonPath("$.body.en").value("Drafted."));
    }

    @Test
    void assemblesThe57thAmmForItsDraftersOnly() throws Exception {
        MeetingId amm = calendar.meetings(new MeetingFilter(LocalDate.of(2024, 7, 25), LocalDate.of(2024, 7, 25), null, null, null, null, 0, 50))
                .meetings().stream().filter(m -> m.series().value().equals("AMM")).findFirst().orElseThrow().id();

        get("/api/v1/meetings/{id}/press-release/assembled", amm).andExpect(status().isOk())
                .andExpect(jsonPath("$.title.vi").value("Thông cáo báo chí của Chủ tịch Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57"))
                .andExpect(jsonPath("$.body.en", startsWith("1. The 57th ASEAN Foreign Ministers' Meeting was held on 25 July 2024")));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/meetings/{id}/press-release/assembled", amm).with(anonymous()))
                .andExpect(problem(HttpStatus.FORBIDDEN));
    }

    private static java.util.Map<String, Object> release(String bodyEn, Integer version) {
        return fields("titleEn", "Chair's Press Release", "titleVi", "Thông cáo báo chí của Chủ tịch", "bodyEn", bodyEn,
                "bodyVi", "Nội dung: " + bodyEn, "version", version);
    }

    private MeetingId newSom() {
        LocalDate day = LocalDate.of(2024, 9, 1).plusDays(DAY.getAndIncrement() % 28);
        MeetingPlan plan = new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, null), null,
                MeetingFormat.IN_PERSON, LocalizedText.of("Vientiane", "Viêng Chăn"), "LA", null, null, null, null, Set.of());
        return actor.asSystem("press-release-api-tests", () -> calendar.schedule(plan)).id();
    }
}
