package org.mufakat.press.web;

import org.mufakat.meetings.MeetingId;
import org.mufakat.press.PressReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The reports panel of a meeting page, loaded into it by htmx (the meeting module knows nothing of reports): the
 * reports from which facts about the meeting were accepted into the record. Empty when there are none.
 */
@Controller
class MeetingReportsPanel {

    private final PressReports reports;

    MeetingReportsPanel(PressReports reports) {
        this.reports = reports;
    }

    @GetMapping("/meetings/{id}/reports")
    String panel(@PathVariable MeetingId id, Model model) {
        model.addAttribute("meeting", id);
        model.addAttribute("reports", reports.covering(id));
        return "press/panel :: panel";
    }
}
