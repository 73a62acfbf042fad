package org.mufakat.organisation;

import org.mufakat.platform.domain.LocalizedText;

import java.time.ZoneId;
import java.util.Locale;

/** A state or entity that takes part in the organisation's meetings. */
public record Party(PartyCode code, PartyKind kind, String countryIso, ZoneId timeZone, LocalizedText name,
                    LocalizedText shortName) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    public String shortName(Locale locale) {
        return shortName.in(locale);
    }
}
