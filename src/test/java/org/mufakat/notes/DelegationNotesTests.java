package org.mufakat.notes;

import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.documents.Classification;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentFixtures;
import org.mufakat.documents.DocumentView;
import org.mufakat.organisation.Organisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A delegation's notes are its own: no other delegation, no administrator, no member of the public reads them. */
@SpringBootTest
@AutoConfigureMockMvc
class DelegationNotesTests {

    private static final String SECRET = "Our fallback position on paragraph 12: accept the Chair's text.";

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;
    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    Organisation organisation;

    @Test
    void aDelegationKeepsPrivateNotesOnADocumentItMayRead() throws Exception {
        var fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        MeetingId meeting = fixtures.meeting("SOM", LocalDate.of(2039, 11, 2));
        DocumentView draft = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(meeting));

        mvc.perform(post("/documents/{id}/notes", draft.id()).with(csrf()).with(user("vnm").authorities(() -> "DELEGATION_OFFICER:VNM"))
                .param("party", "VNM").param("body", SECRET)).andExpect(status().isOk());

        assertThat(documentPanel(draft, "vnm-colleague", "DELEGATION_OFFICER:VNM", 200)).contains("Our fallback position on paragraph 12");
        assertThat(documentPanel(draft, "tha", "DELEGATION_OFFICER:THA", 200)).doesNotContain("fallback position");
        assertThat(documentPanel(draft, "admin", "ADMINISTRATOR", 200)).doesNotContain("fallback position");
        assertThat(mvc.perform(get("/documents/{id}", draft.id()).with(user("vnm").authorities(() -> "DELEGATION_OFFICER:VNM")))
                .andReturn().getResponse().getContentAsString()).contains("/documents/" + draft.id() + "/notes");
        // A partner may not read the ASEAN-only draft: its notes panel does not exist for them either, and they may not write one.
        documentPanel(draft, "jpn", "PARTNER_OFFICER:JPN", 404);
        mvc.perform(post("/documents/{id}/notes", draft.id()).with(csrf()).with(user("jpn").authorities(() -> "PARTNER_OFFICER:JPN"))
                .param("party", "JPN").param("body", "planted")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheDelegationsOwnOfficersReadItsNotes() throws Exception {
        MeetingId meeting = som(LocalDate.of(2039, 10, 5));

        mvc.perform(post("/meetings/{id}/notes", meeting).with(csrf()).with(user("vnm").authorities(() -> "DELEGATION_OFFICER:VNM"))
                .param("party", "VNM").param("body", SECRET)).andExpect(status().isOk());

        assertThat(panel(meeting, "vnm-colleague", "DELEGATION_OFFICER:VNM")).contains("Our fallback position on paragraph 12");
        assertThat(panel(meeting, "tha", "DELEGATION_OFFICER:THA")).doesNotContain("fallback position");
        assertThat(panel(meeting, "admin", "ADMINISTRATOR")).doesNotContain("fallback position");
        assertThat(panel(meeting, "asec", "ASEAN_SECRETARIAT")).doesNotContain("fallback position");
        assertThat(mvc.perform(get("/meetings/{id}/notes", meeting)).andReturn().getResponse().getContentAsString())
                .doesNotContain("fallback position");
        assertThat(mvc.perform(get("/meetings/{id}", meeting).with(user("tha").authorities(() -> "DELEGATION_OFFICER:THA")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("fallback position");
    }

    @Test
    void noOneWritesNotesForAnotherDelegation() throws Exception {
        MeetingId meeting = som(LocalDate.of(2039, 10, 12));

        mvc.perform(post("/meetings/{id}/notes", meeting).with(csrf()).with(user("tha").authorities(() -> "DELEGATION_OFFICER:THA"))
                .param("party", "VNM").param("body", "planted")).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/notes", meeting).with(csrf()).with(user("admin").authorities(() -> "ADMINISTRATOR"))
                .param("party", "VNM").param("body", "planted")).andExpect(status().isForbidden());

        assertThat(panel(meeting, "vnm", "DELEGATION_OFFICER:VNM")).doesNotContain("planted");
    }

    @Test
    void anEmptyNoteIsRefusedAtItsField() throws Exception {
        MeetingId meeting = som(LocalDate.of(2039, 10, 19));

        String html = mvc.perform(post("/meetings/{id}/notes", meeting).with(csrf()).with(user("vnm").authorities(() -> "DELEGATION_OFFICER:VNM"))
                .param("party", "VNM").param("body", "   ")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"error-body\"").contains("A note needs some text.");
    }

    private String panel(MeetingId meeting, String name, String authority) throws Exception {
        return mvc.perform(get("/meetings/{id}/notes", meeting).with(user(name).authorities(() -> authority)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String documentPanel(DocumentView document, String name, String authority, int status) throws Exception {
        return mvc.perform(get("/documents/{id}/notes", document.id()).with(user(name).authorities(() -> authority)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private MeetingId som(LocalDate day) {
        return actor.asSystem("test", () -> calendar.schedule(new MeetingPlan(new SeriesCode("SOM"), null, null, null,
                new MeetingDates(day, null), null, MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of())).id());
    }
}
