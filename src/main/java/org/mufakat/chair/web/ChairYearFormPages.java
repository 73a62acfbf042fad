package org.mufakat.chair.web;

import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Chairmanship;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The form that records a chair year: chair, theme, priorities in clusters, initiatives. */
@Controller
class ChairYearFormPages {

    private final Chairmanship chairmanship;
    private final Organisation organisation;
    private final FormErrors formErrors;

    ChairYearFormPages(Chairmanship chairmanship, Organisation organisation, FormErrors formErrors) {
        this.chairmanship = chairmanship;
        this.organisation = organisation;
        this.formErrors = formErrors;
    }

    @GetMapping("/chair-years/{year}/edit")
    String edit(@PathVariable int year, Model model) {
        checkYear(year);
        ChairYearDetails existing = chairmanship.chairYear(year).orElse(null);
        PartyCode expected = existing == null ? chairmanship.expectedChair(year).orElse(null) : null;
        return form(model, year, ChairYearForm.of(existing, expected), Map.of(), null);
    }

    @PostMapping("/chair-years/{year}")
    String record(@PathVariable int year, @ModelAttribute("form") ChairYearForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        checkYear(year);
        try {
            chairmanship.record(form.toCommand(year));
            redirect.addFlashAttribute("notice", "chairYear.saved");
            return "redirect:/chair-years/" + year;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form.padRows();
            return form(model, year, form, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(conflict.currentVersion());
            return form(model, year, form, Map.of(), conflict);
        }
    }

    private String form(Model model, int year, ChairYearForm form, Map<String, List<String>> errors, EditConflict conflict) {
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("members", organisation.membersAt(LocalDate.of(year, 1, 1)));
        return "chair/form";
    }

    private static void checkYear(int year) {
        if (year < 1967 || year > 2200) {
            throw new NotFound("chair year", year);
        }
    }
}
