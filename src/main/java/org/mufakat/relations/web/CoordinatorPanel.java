package org.mufakat.relations.web;

import org.mufakat.meetings.MeetingId;
import org.mufakat.relations.CountryCoordination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The coordination panel of a meeting page, loaded into it by htmx (meetings know nothing of relations): an ASEAN+1
 * meeting's default co-chair, the coordinator at its date; the handovers at a ministerial meeting (AMM, PMC).
 */
@Controller
class CoordinatorPanel {

    private final CountryCoordination coordination;

    CoordinatorPanel(CountryCoordination coordination) {
        this.coordination = coordination;
    }

    @GetMapping("/meetings/{id}/coordinator")
    String panel(@PathVariable MeetingId id, Model model) {
        model.addAttribute("coordination", coordination.atMeeting(id));
        return "relations/coordinator-panel :: panel";
    }
}
