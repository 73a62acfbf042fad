package org.mufakat.commitments.web;

import org.mufakat.commitments.InterventionId;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.InterventionView;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statements panels loaded by htmx into the meeting page and the country page, so that neither meetings nor
 * site need to know of commitments.
 */
@Controller
class InterventionPanels {

    private final InterventionRegister interventions;

    InterventionPanels(InterventionRegister interventions) {
        this.interventions = interventions;
    }

    @GetMapping("/meetings/{id}/interventions")
    String atMeeting(@PathVariable MeetingId id, Model model) {
        model.addAttribute("interventions", interventions.atMeeting(id));
        model.addAttribute("showMeeting", false);
        model.addAttribute("meetingId", id);
        model.addAttribute("mayRecord", !interventions.speakersAt(id).isEmpty());
        model.addAttribute("revisable", revisable(model));
        return "commitments/interventions :: panel";
    }

    @GetMapping("/countries/{code}/interventions")
    String ofCountry(@PathVariable String code, Model model) {
        if (!PartyCode.isValid(code)) {
            throw new NotFound("party", code);
        }
        model.addAttribute("interventions", interventions.ofParty(PartyCode.of(code)));
        model.addAttribute("showMeeting", true);
        model.addAttribute("mayRecord", false);
        model.addAttribute("revisable", revisable(model));
        return "commitments/interventions :: panel";
    }

    /** The statements shown that the actor may correct: each gets a link to its form. */
    @SuppressWarnings("unchecked")
    private Set<InterventionId> revisable(Model model) {
        return ((List<InterventionView>) model.getAttribute("interventions")).stream().filter(interventions::mayRevise)
                .map(InterventionView::id).collect(Collectors.toSet());
    }
}
