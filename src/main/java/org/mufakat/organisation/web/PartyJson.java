package org.mufakat.organisation.web;

import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyKind;
import org.mufakat.platform.web.Bilingual;

/** @param country the ISO 3166 alpha-2 code of a state, null for organisations */
record PartyJson(String code, PartyKind kind, String country, String timeZone, Bilingual name, Bilingual shortName) {

    static PartyJson of(Party party) {
        return new PartyJson(party.code().value(), party.kind(), party.countryIso(), party.timeZone().getId(),
                Bilingual.of(party.name()), Bilingual.of(party.shortName()));
    }
}
