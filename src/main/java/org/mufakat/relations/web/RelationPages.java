package org.mufakat.relations.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.mufakat.platform.web.FormInput;
import org.mufakat.relations.CountryCoordination;
import org.mufakat.relations.DialogueRelations;
import org.mufakat.relations.PartnershipLevel;
import org.mufakat.relations.RecordDeparture;
import org.mufakat.relations.RecordLevel;
import org.mufakat.relations.RelationView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Dialogue relations: the partners with their levels and anniversaries, a partner's page, the coordinators' table. */
@Controller
class RelationPages {

    private final DialogueRelations relations;
    private final CountryCoordination coordination;
    private final Organisation organisation;
    private final FormErrors formErrors;
    private final Clock clock;

    RelationPages(DialogueRelations relations, CountryCoordination coordination, Organisation organisation, FormErrors formErrors,
                  Clock clock) {
        this.relations = relations;
        this.coordination = coordination;
        this.organisation = organisation;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/relations")
    String relations(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("relations", relations.all());
        model.addAttribute("anniversaries", relations.anniversariesIn(today.getYear()));
        return "relations/relations";
    }

    @GetMapping("/relations/{partner}")
    String partner(@PathVariable PartyCode partner, Model model) {
        return partner(partner, model, Map.of(), null);
    }

    @PostMapping("/relations/{partner}/levels")
    String recordLevel(@PathVariable PartyCode partner, @RequestParam(defaultValue = "") String level,
                       @RequestParam(defaultValue = "") String since, @RequestParam(defaultValue = "") String source,
                       @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        relations.relation(partner); // a party that is no partner has no such page: 404
        try {
            var problems = new RuleViolation.Collector();
            PartnershipLevel chosen = Arrays.stream(PartnershipLevel.values()).filter(l -> l.name().equals(level)).findFirst().orElse(null);
            LocalDate day = FormInput.date(since, "since", problems);
            problems.throwIfAny();
            relations.recordLevel(new RecordLevel(partner, chosen, day, FormInput.blankToNull(source), version));
            redirect.addFlashAttribute("notice", "relations.saved");
            return "redirect:/relations/" + partner;
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("draft", new LevelDraft(level, since, source));
            return partner(partner, model, formErrors.of(violation), null);
        } catch (EditConflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("draft", new LevelDraft(level, since, source));
            return partner(partner, model, Map.of(), conflict);
        }
    }

    @GetMapping("/relations/coordinators")
    String coordinators(Model model) {
        return coordinators(model, Map.of());
    }

    @PostMapping("/relations/coordinators/decisions")
    String recordDecision(@RequestParam(defaultValue = "") String partner, @RequestParam(defaultValue = "") String coordinator,
                          @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                          @RequestParam(defaultValue = "") String noteEn, @RequestParam(defaultValue = "") String noteVi,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var problems = new RuleViolation.Collector();
            PartyCode partnerCode = code(partner, "partner", problems);
            PartyCode coordinatorCode = code(coordinator, "coordinator", problems);
            LocalDate first = FormInput.date(from, "from", problems);
            LocalDate last = FormInput.date(to, "to", problems);
            problems.throwIfAny();
            coordination.recordDeparture(new RecordDeparture(partnerCode, coordinatorCode, first, last, LocalizedText.optional(noteEn, noteVi)));
            redirect.addFlashAttribute("notice", "relations.saved");
            return "redirect:/relations/coordinators";
        } catch (RuleViolation violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("draft", new DecisionDraft(partner, coordinator, from, to, noteEn, noteVi));
            return coordinators(model, formErrors.of(violation));
        }
    }

    private String partner(PartyCode partner, Model model, Map<String, List<String>> errors, EditConflict conflict) {
        RelationView relation = relations.relation(partner);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("relation", relation);
        model.addAttribute("party", organisation.party(partner));
        model.addAttribute("current", relation.levelAt(today).orElse(null));
        model.addAttribute("next", relations.nextAnniversary(relation, today.getYear()).orElse(null));
        model.addAttribute("coordinators", coordination.historyOf(partner));
        model.addAttribute("coordinatorNow", coordination.coordinatorAt(partner, today).orElse(null));
        model.addAttribute("levels", PartnershipLevel.values());
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new LevelDraft("", "", ""));
        }
        return "relations/partner";
    }

    private String coordinators(Model model, Map<String, List<String>> errors) {
        model.addAttribute("table", coordination.table());
        model.addAttribute("decisions", coordination.decisions());
        model.addAttribute("partners", relations.all().stream().map(RelationView::partner).toList());
        model.addAttribute("members", organisation.membersAt(LocalDate.now(clock)));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new DecisionDraft("", "", "", "", "", ""));
        }
        return "relations/coordinators";
    }

    private static PartyCode code(String text, String field, RuleViolation.Collector problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!PartyCode.isValid(text)) {
            problems.add(field, "relations.party.unknown", "No such party", text);
            return null;
        }
        return PartyCode.of(text);
    }

    record LevelDraft(String level, String since, String source) {
    }

    record DecisionDraft(String partner, String coordinator, String from, String to, String noteEn, String noteVi) {
    }
}
