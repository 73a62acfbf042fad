package org.mufakat.audit.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEvent;
import org.mufakat.audit.AuditLog;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.SeriesCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' audit page, read as HTML; each test names actors and subjects of its own. */
@org.springframework.security.test.context.support.WithMockUser(username = "audit-admin", authorities = "ADMINISTRATOR")
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog log;
    @Autowired
    MeetingCalendar calendar;

    @Test
    void listsAnActorsEntriesNewestFirstWithWhatChanged() throws Exception {
        String actor = "officer-" + UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        log.recordIndependently(actor, new AuditEvent("person.revised", "person", subject,
                Map.of("name", "Le Hoai Trung"), Map.of("name", "Lê Hoài Trung")));
        log.recordIndependently(actor, AuditEvent.of("sign-in.succeeded", "account", actor));

        String html = mvc.perform(get("/admin/audit").param("actor", actor.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Audit log</h1>")))
                .andExpect(content().string(containsString("Le Hoai Trung</del>")))
                .andExpect(content().string(containsString("Lê Hoài Trung</ins>")))
                .andExpect(content().string(containsString("Page 1 of 1 · 2 entries")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html.indexOf("sign-in.succeeded")).isPositive().isLessThan(html.indexOf("person.revised"));
    }

    @Test
    void filtersByActionPrefixSubjectAndDays() throws Exception {
        String actor = "filter-" + UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        log.recordIndependently(actor, AuditEvent.of("sign-in.failed", "account", subject));
        log.recordIndependently(actor, AuditEvent.of("access.refused", "meeting", subject));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        mvc.perform(get("/admin/audit").param("actor", actor).param("action", "sign-in"))
                .andExpect(content().string(allOf(containsString("sign-in.failed"), not(containsString("access.refused")))));
        mvc.perform(get("/admin/audit").param("subjectType", "meeting").param("subjectId", subject))
                .andExpect(content().string(allOf(containsString("access.refused"), not(containsString("sign-in.failed")))));
        mvc.perform(get("/admin/audit").param("actor", actor).param("from", today.toString()).param("to", today.toString()))
                .andExpect(content().string(allOf(containsString("sign-in.failed"), containsString("access.refused"))));
        mvc.perform(get("/admin/audit").param("actor", actor).param("from", today.plusDays(1).toString()))
                .andExpect(content().string(allOf(containsString("No entries match."), not(containsString("sign-in.failed")))));
        mvc.perform(get("/admin/audit").param("actor", actor).param("to", today.minusDays(1).toString()))
                .andExpect(content().string(containsString("No entries match.")));
    }

    @Test
    void pagesThroughFiftyEntriesAtATimeKeepingTheFilters() throws Exception {
        String actor = "pager-" + UUID.randomUUID();
        for (int i = 1; i <= 51; i++) {
            log.recordIndependently(actor, AuditEvent.of("test.numbered", "audit-page-test", actor + "#" + i));
        }

        mvc.perform(get("/admin/audit").param("actor", actor))
                .andExpect(content().string(allOf(containsString(actor + "#51"), containsString(actor + "#2<"),
                        not(containsString(actor + "#1<")), containsString("Page 1 of 2 · 51 entries"),
                        containsString("page=1"), containsString("rel=\"next\""))));
        mvc.perform(get("/admin/audit").param("actor", actor).param("page", "1"))
                .andExpect(content().string(allOf(containsString(actor + "#1<"), not(containsString(actor + "#2<")),
                        containsString("rel=\"prev\""))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChangeMadeThroughTheMeetingFormIsListedWithItsAccountAndClientAddress() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("form-user", null,
                AuthorityUtils.createAuthorityList("ASEAN_SECRETARIAT", "ADMINISTRATOR")));
        LocalDate day = LocalDate.of(2061, 4, 3);
        MeetingSummary meeting = calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null, new MeetingDates(day, day),
                null, MeetingFormat.IN_PERSON, null, "VN", "Before the form", null, null, null, Set.of()));

        mvc.perform(post("/meetings/{id}", meeting.id()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }).param("series", "SOM").param("startDate", day.toString()).param("endDate", day.toString())
                        .param("format", "IN_PERSON").param("status", "PLANNED").param("country", "VN")
                        .param("venue", "After the form").param("version", String.valueOf(meeting.version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/audit").param("subjectType", "meeting").param("subjectId", meeting.id().toString()))
                .andExpect(content().string(allOf(containsString("meeting.revised"), containsString("meeting.created"),
                        containsString("203.0.113.7"), containsString(">form-user<"), containsString("Before the form</del>"),
                        containsString("After the form</ins>"))));
    }

    @Test
    void theVerifyButtonShowsThatTheChainIsIntact() throws Exception {
        mvc.perform(get("/admin/audit"))
                .andExpect(content().string(allOf(containsString("action=\"/admin/audit/verify\""),
                        containsString("Verify the chain"), not(containsString("id=\"verification\"")))));

        mvc.perform(post("/admin/audit/verify").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).param("actor", "nobody-" + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"verification\""), containsString("The chain is intact"),
                        containsString("No entries match."))));
    }

    @Test
    void aMalformedDateIsAMessageAtTheFieldNotAnError() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "31/01/2025").param("page", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-from\""), containsString("Write the date as YYYY-MM-DD"))));
    }

    @Test
    void speaksVietnamese() throws Exception {
        mvc.perform(get("/admin/audit").param("lang", "vi"))
                .andExpect(content().string(allOf(containsString("Nhật ký kiểm toán"), containsString("Kiểm tra chuỗi"))));
    }
}
