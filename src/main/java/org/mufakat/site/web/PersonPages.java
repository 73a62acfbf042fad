package org.mufakat.site.web;

import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** People on record, searchable without diacritics, and a person's titles and delegations over time. */
@Controller
class PersonPages {

    private final PersonDirectory people;
    private final DelegationRegister delegations;
    private final MeetingCalendar calendar;

    PersonPages(PersonDirectory people, DelegationRegister delegations, MeetingCalendar calendar) {
        this.people = people;
        this.delegations = delegations;
        this.calendar = calendar;
    }

    @GetMapping("/people")
    String people(@RequestParam(required = false) String q, Model model) {
        List<PersonDetails> found = q == null || q.isBlank() ? people.all(500) : people.search(q, 100);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("people", found);
        return "site/people";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable PersonId id, Model model) {
        PersonDetails person = people.get(id);
        var appearances = delegations.appearancesOf(id);
        Map<Object, MeetingSummary> meetings = appearances.stream().map(DelegationRegister.Appearance::meeting).distinct()
                .map(meeting -> calendar.summary(meeting).orElseThrow())
                .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        model.addAttribute("person", person);
        model.addAttribute("appearances", appearances);
        model.addAttribute("meetings", meetings);
        return "site/person";
    }
}
