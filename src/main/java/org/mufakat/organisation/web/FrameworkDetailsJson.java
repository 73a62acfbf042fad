package org.mufakat.organisation.web;

import org.mufakat.organisation.Framework;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.organisation.Role;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A framework and who sat at its table on {@code date}, in the alphabetical order of their English names. */
record FrameworkDetailsJson(String code, String family, String partner, boolean seatsMembers, boolean seatsObservers,
                            Bilingual name, Bilingual shortName, LocalDate date, List<ParticipantJson> participants) {

    record ParticipantJson(String party, Role role, Bilingual name) {
    }

    static FrameworkDetailsJson of(Framework framework, LocalDate date, Map<PartyCode, Role> participants,
                                   Function<PartyCode, Party> parties) {
        FrameworkJson json = FrameworkJson.of(framework);
        return new FrameworkDetailsJson(json.code(), json.family(), json.partner(), json.seatsMembers(), json.seatsObservers(),
                json.name(), json.shortName(), date, participants.entrySet().stream()
                .map(seat -> new ParticipantJson(seat.getKey().value(), seat.getValue(), Bilingual.of(parties.apply(seat.getKey()).name())))
                .toList());
    }
}
