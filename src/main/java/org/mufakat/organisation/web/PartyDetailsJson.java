package org.mufakat.organisation.web;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Membership;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyKind;
import org.mufakat.organisation.Role;
import org.mufakat.platform.domain.Period;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A party with its standing in the organisation over time and the frameworks it sits at, when.
 * Open ends of periods are null.
 */
record PartyDetailsJson(String code, PartyKind kind, String country, String timeZone, Bilingual name, Bilingual shortName,
                        List<MembershipJson> memberships, List<SeatJson> seats) {

    record MembershipJson(Role role, LocalDate from, LocalDate to) {
    }

    record SeatJson(String framework, LocalDate from, LocalDate to) {
    }

    static PartyDetailsJson of(Party party, List<Membership> memberships, Map<FrameworkCode, List<Period>> seats) {
        PartyJson json = PartyJson.of(party);
        return new PartyDetailsJson(json.code(), json.kind(), json.country(), json.timeZone(), json.name(), json.shortName(),
                memberships.stream().map(m -> new MembershipJson(m.role(), m.period().from(), m.period().to())).toList(),
                seats.entrySet().stream()
                        .flatMap(seat -> seat.getValue().stream().map(p -> new SeatJson(seat.getKey().value(), p.from(), p.to())))
                        .toList());
    }
}
