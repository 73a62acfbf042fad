package org.mufakat.people.web;

import org.mufakat.organisation.Organisation;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.EditConflict;
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
import java.util.List;
import java.util.Map;

/** Forms that register and revise people. */
@Controller
class PersonFormPages {

    private final PersonDirectory people;
    private final Organisation organisation;
    private final FormErrors formErrors;

    PersonFormPages(PersonDirectory people, Organisation organisation, FormErrors formErrors) {
        this.people = people;
        this.organisation = organisation;
        this.formErrors = formErrors;
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        return form(model, PersonForm.of(null), null, Map.of(), null);
    }

    @PostMapping("/people")
    String register(@ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            PersonDetails person = people.register(form.toCommand(null));
            redirect.addFlashAttribute("notice", "person.saved");
            return "redirect:/people/" + person.id();
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form.padRows();
            return form(model, form, null, formErrors.of(violation), null);
        }
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable PersonId id, Model model) {
        PersonDetails person = people.get(id);
        return form(model, PersonForm.of(person), person, Map.of(), null);
    }

    @PostMapping("/people/{id}")
    String revise(@PathVariable PersonId id, @ModelAttribute("form") PersonForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        PersonDetails person = people.get(id);
        try {
            people.register(form.toCommand(id));
            redirect.addFlashAttribute("notice", "person.saved");
            return "redirect:/people/" + id;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form.padRows();
            return form(model, form, person, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(conflict.currentVersion());
            return form(model, form, person, Map.of(), conflict);
        }
    }

    private String form(Model model, PersonForm form, PersonDetails existing, Map<String, List<String>> errors, EditConflict conflict) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("parties", organisation.parties());
        return "people/form";
    }
}
