package org.mufakat.audit.web;

import org.mufakat.audit.AuditEntry;
import org.mufakat.audit.AuditFilter;
import org.mufakat.audit.AuditLog;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.mufakat.platform.web.FormInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The audit log for administrators: newest first, filtered by actor, action, subject and days (UTC), paged, with a
 * button that verifies the whole chain. Everything under {@code /admin/} is for administrators only; the access
 * rule comes with accounts and roles (issue 4).
 */
@Controller
@RequestMapping("/admin/audit")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final FormErrors formErrors;

    AuditPages(AuditLog log, FormErrors formErrors) {
        this.log = log;
        this.formErrors = formErrors;
    }

    /** The filter form as typed: all text, so that a malformed date is shown back with a message. */
    record Filters(String actor, String action, String subjectType, String subjectId, String from, String to, String page) {

        /** A missing, malformed or negative page number reads as the first page. */
        int pageIndex() {
            try {
                return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    @GetMapping
    String entries(@ModelAttribute("filters") Filters filters, Model model) {
        var problems = new RuleViolation.Collector();
        LocalDate from = FormInput.date(filters.from(), "from", problems);
        LocalDate to = FormInput.date(filters.to(), "to", problems);
        Map<String, List<String>> errors = Map.of();
        try {
            problems.throwIfAny();
        } catch (RuleViolation violation) {
            errors = formErrors.of(violation);
        }
        AuditFilter filter = new AuditFilter(filters.actor(), filters.action(), filters.subjectType(), filters.subjectId(), from, to);
        Page<AuditEntry> page = log.entries(filter, PageRequest.of(filters.pageIndex(), PAGE_SIZE));
        model.addAttribute("errors", errors);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.getContent().stream().map(Row::of).toList());
        return "audit/entries";
    }

    /** An entry as the table shows it: the time in UTC to the second, and only the fields that changed. */
    record Row(AuditEntry entry, String time, List<AuditEntry.FieldChange> changes) {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

        static Row of(AuditEntry entry) {
            return new Row(entry, TIME.format(entry.recordedAt()), entry.changes());
        }

        public String shortHash() {
            return entry.hash().substring(0, 12);
        }
    }

    @PostMapping("/verify")
    String verify(@ModelAttribute("filters") Filters filters, Model model) {
        model.addAttribute("verification", log.verify());
        return entries(filters, model);
    }
}
