package org.mufakat.site.web;

import org.mufakat.chair.Chairmanship;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDirectory;
import org.mufakat.platform.domain.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every party, and one party's page: its standing over time, its chair years, its delegations and heads. */
@Controller
class CountryPages {

    private final Organisation organisation;
    private final Chairmanship chairmanship;
    private final MeetingCalendar calendar;
    private final DelegationRegister delegations;
    private final PersonDirectory people;
    private final Clock clock;

    CountryPages(Organisation organisation, Chairmanship chairmanship, MeetingCalendar calendar, DelegationRegister delegations,
                 PersonDirectory people, Clock clock) {
        this.organisation = organisation;
        this.chairmanship = chairmanship;
        this.calendar = calendar;
        this.delegations = delegations;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/countries")
    String countries(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("parties", organisation.parties());
        model.addAttribute("roles", organisation.parties().stream().collect(Collectors.toMap(Party::code,
                p -> organisation.roleAt(p.code(), today).map(Enum::name).orElse(""))));
        return "site/countries";
    }

    @GetMapping("/countries/{code}")
    String country(@PathVariable String code, Model model) {
        if (!PartyCode.isValid(code)) {
            throw new NotFound("party", code);
        }
        Party party = organisation.party(PartyCode.of(code));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("party", party);
        model.addAttribute("role", organisation.roleAt(party.code(), today).orElse(null));
        model.addAttribute("memberships", organisation.membershipsOf(party.code()));
        model.addAttribute("seats", organisation.seatsOf(party.code()));
        model.addAttribute("frameworksNow", organisation.frameworksOf(party.code(), today));
        model.addAttribute("chairYears", chairmanship.chairYears().stream().filter(y -> y.chair().equals(party.code())).toList());
        var recent = delegations.ofParty(party.code(), 50);
        Map<Object, MeetingSummary> meetings = recentMeetings(recent.stream().map(d -> d.meeting()).toList());
        model.addAttribute("delegations", recent);
        model.addAttribute("meetings", meetings);
        model.addAttribute("upcoming", calendar.meetings(new MeetingFilter(today, today.plusYears(2), null, null, party.code(), null, 0, 20)).meetings());
        model.addAttribute("people", people.ofParty(party.code()));
        return "site/country";
    }

    private Map<Object, MeetingSummary> recentMeetings(List<org.mufakat.meetings.MeetingId> ids) {
        return ids.stream().distinct().map(id -> calendar.summary(id).orElseThrow())
                .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
    }
}
