package org.mufakat.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.commitments.PlanDetails;
import org.mufakat.commitments.PlanId;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.ReportId;
import org.mufakat.commitments.ReportStatus;
import org.mufakat.commitments.ReportView;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Plans: the list, a plan's page with its heat map, an area drilled down, exports, and the implementation report forms (filing, revising). */
@Controller
class PlanPages {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanRegister plans;
    private final PlanExports exports;
    private final FormErrors formErrors;
    private final Clock clock;

    PlanPages(PlanRegister plans, PlanExports exports, FormErrors formErrors, Clock clock) {
        this.plans = plans;
        this.exports = exports;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.plans());
        model.addAttribute("mayRecord", plans.mayRecord());
        return "commitments/plans";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable PlanId id, Model model) {
        return planPage(id, model, new ReviewForm(), Map.of());
    }

    /** A meeting's review, from the form on the plan page (record keepers only: the register refuses others). */
    @PostMapping("/plans/{id}/reviews")
    String review(@PathVariable PlanId id, @ModelAttribute("reviewForm") ReviewForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            plans.review(id, form.meetingId(), form.note());
            redirect.addFlashAttribute("notice", "plan.review.saved");
            return "redirect:/plans/" + id + "#reviews";
        } catch (RuleViolation violation) {
            plans.requireRecorder();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return planPage(id, model, form, formErrors.of(violation));
        }
    }

    /** An area drilled down: a fragment for htmx (into the plan page), else a page of its own with the proposal form. */
    @GetMapping("/plans/{id}/areas/{number}")
    String area(@PathVariable PlanId id, @PathVariable int number, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        String page = areaPage(id, number, model, null, Map.of());
        return htmx != null ? "commitments/area :: detail" : page;
    }

    /** A partner's proposal under the area, from the form on the area's page. */
    @PostMapping("/plans/{id}/areas/{number}/proposals")
    String propose(@PathVariable PlanId id, @PathVariable int number, @ModelAttribute("proposalForm") ProposalForm form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            plans.propose(id, form.partyCode(), number, form.yearValue(), form.title());
            redirect.addFlashAttribute("notice", "plan.proposal.saved");
            return "redirect:/plans/" + id + "/areas/" + number;
        } catch (RuleViolation violation) {
            plans.requireProposer(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return areaPage(id, number, model, form, formErrors.of(violation));
        }
    }

    private String planPage(PlanId id, Model model, ReviewForm reviewForm, Map<String, List<String>> errors) {
        model.addAttribute("details", plans.get(id));
        model.addAttribute("progress", plans.progress(id));
        model.addAttribute("mayRecord", plans.mayRecord());
        model.addAttribute("mayReport", !plans.reporters(id).isEmpty());
        if (plans.mayRecord()) {
            model.addAttribute("reviewForm", reviewForm);
            model.addAttribute("reviewMeetings", plans.reviewingMeetings(id));
        }
        model.addAttribute("errors", errors);
        return "commitments/plan";
    }

    private String areaPage(PlanId id, int number, Model model, ProposalForm form, Map<String, List<String>> errors) {
        var area = plans.area(id, number);
        model.addAttribute("area", area);
        model.addAttribute("proposers", plans.proposers(id));
        model.addAttribute("revisableReports", area.lines().stream().flatMap(l -> l.reports().stream()).filter(plans::mayReviseReport)
                .map(ReportView::id).collect(java.util.stream.Collectors.toSet()));
        ProposalForm shown = form;
        if (shown == null) {
            shown = new ProposalForm();
            shown.setYear(String.valueOf(Math.max(area.plan().fromYear(), Math.min(area.plan().toYear(), LocalDate.now(clock).getYear()))));
        }
        model.addAttribute("proposalForm", shown);
        model.addAttribute("errors", errors);
        return "commitments/area";
    }

    @GetMapping("/plans/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable PlanId id) {
        PlanDetails details = plans.get(id);
        byte[] body = exports.xlsx(details, plans.progress(id), plans.reports(id), LocaleContextHolder.getLocale());
        return download(body, XLSX, "plan-" + id + ".xlsx");
    }

    @GetMapping("/plans/{id}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable PlanId id) {
        byte[] body = exports.csv(plans.progress(id), LocaleContextHolder.getLocale());
        return download(body, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "plan-" + id + ".csv");
    }

    @GetMapping("/plans/{id}/reports/new")
    String newReport(@PathVariable PlanId id, Model model) {
        plans.requireReporter(id);
        ReportForm form = new ReportForm();
        PlanDetails details = plans.get(id);
        int year = Math.max(details.plan().fromYear(), Math.min(details.plan().toYear(), LocalDate.now(clock).getYear()));
        form.setYear(String.valueOf(year));
        return reportForm(model, details, form, Map.of());
    }

    @PostMapping("/plans/{id}/reports")
    String report(@PathVariable PlanId id, @ModelAttribute("form") ReportForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        PlanDetails details = plans.get(id);
        try {
            plans.report(form.toCommand(id));
            redirect.addFlashAttribute("notice", "implementation.saved");
            return "redirect:/plans/" + id;
        } catch (RuleViolation violation) {
            plans.requireReporter(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return reportForm(model, details, form, formErrors.of(violation));
        }
    }

    @GetMapping("/plans/{plan}/reports/{id}/edit")
    String editReport(@PathVariable PlanId plan, @PathVariable ReportId id, Model model) {
        ReportView report = reportOf(plan, id);
        plans.requireReportReviser(id);
        return reportRevisionForm(model, report, ReportForm.of(report), Map.of(), null);
    }

    @PostMapping("/plans/{plan}/reports/{id}")
    String reviseReport(@PathVariable PlanId plan, @PathVariable ReportId id, @ModelAttribute("form") ReportForm form, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        ReportView report = reportOf(plan, id);
        // The party stays with the report: the form shows it, never sends another.
        form.setParty(report.party().value());
        try {
            ReportView saved = plans.reviseReport(id, form.toCommand(report.plan()), form.getVersion());
            redirect.addFlashAttribute("notice", "implementation.revised");
            return "redirect:/plans/" + report.plan() + "/areas/" + areaOf(saved);
        } catch (RuleViolation violation) {
            plans.requireReportReviser(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return reportRevisionForm(model, report, form, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The editor's values stay; saving again with the current version knowingly replaces the other change.
            form.setVersion(conflict.currentVersion());
            return reportRevisionForm(model, report, form, Map.of(), conflict);
        }
    }

    private ReportView reportOf(PlanId plan, ReportId id) {
        return plans.findReport(id).filter(r -> r.plan().equals(plan)).orElseThrow(() -> new NotFound("implementation report", id));
    }

    /** The area of the report's first action line: where the revised report is seen. */
    private int areaOf(ReportView report) {
        return plans.get(report.plan()).actionLines().stream().filter(l -> l.code().equals(report.actionLines().getFirst()))
                .map(ActionLine::areaNumber).findFirst().orElse(1);
    }

    private String reportRevisionForm(Model model, ReportView report, ReportForm form, Map<String, List<String>> errors,
                                      EditConflict conflict) {
        model.addAttribute("report", report);
        model.addAttribute("conflict", conflict);
        return reportForm(model, plans.get(report.plan()), form, errors);
    }

    private String reportForm(Model model, PlanDetails details, ReportForm form, Map<String, List<String>> errors) {
        model.addAttribute("details", details);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("parties", plans.reporters(details.plan().id()));
        return "commitments/report-form";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
