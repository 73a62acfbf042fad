package org.mufakat.relations.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.mufakat.platform.web.FormInput;
import org.mufakat.relations.MembershipRoadmaps;
import org.mufakat.relations.Review;
import org.mufakat.relations.RoadmapId;
import org.mufakat.relations.RoadmapView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Roadmaps to membership: the list, a roadmap's page, and recording the admission. */
@Controller
class RoadmapPages {

    private final MembershipRoadmaps roadmaps;
    private final MeetingCalendar calendar;
    private final FormErrors formErrors;

    RoadmapPages(MembershipRoadmaps roadmaps, MeetingCalendar calendar, FormErrors formErrors) {
        this.roadmaps = roadmaps;
        this.calendar = calendar;
        this.formErrors = formErrors;
    }

    @GetMapping("/roadmaps")
    String roadmaps(Model model) {
        model.addAttribute("roadmaps", roadmaps.all());
        return "relations/roadmaps";
    }

    @GetMapping("/roadmaps/{id}")
    String roadmap(@PathVariable RoadmapId id, Model model) {
        return roadmap(roadmaps.roadmap(id), model, Map.of(), "");
    }

    @PostMapping("/roadmaps/{id}/admission")
    String admit(@PathVariable RoadmapId id, @RequestParam(defaultValue = "") String admittedOn, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        RoadmapView roadmap = roadmaps.roadmap(id);
        try {
            var problems = new RuleViolation.Collector();
            LocalDate day = FormInput.date(admittedOn, "admittedOn", problems);
            problems.throwIfAny();
            roadmaps.admit(id, day);
            redirect.addFlashAttribute("notice", "relations.admission.saved");
            return "redirect:/roadmaps/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return roadmap(roadmap, model, formErrors.of(violation), admittedOn);
        }
    }

    private String roadmap(RoadmapView roadmap, Model model, Map<String, List<String>> errors, String draft) {
        Map<Review, MeetingSummary> meetings = new LinkedHashMap<>();
        roadmap.reviews().forEach(review -> calendar.summary(review.meeting()).ifPresent(m -> meetings.put(review, m)));
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("reviews", meetings);
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draft);
        return "relations/roadmap";
    }
}
