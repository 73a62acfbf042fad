package org.mufakat.press;

import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.Folding;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries and parties by the short English names the reader writes ("Laos", "Vietnam", "European Union"): ISO
 * codes from the JDK's country names and the organisation's party names, compared ignoring case and diacritics.
 */
@Component
class Places {

    private final Organisation organisation;
    private final Map<String, String> isoByName = new HashMap<>();

    Places(Organisation organisation) {
        this.organisation = organisation;
        for (String iso : Locale.getISOCountries()) {
            String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
            isoByName.put(Folding.fold(name), iso);
            int bracket = name.indexOf(" (");
            if (bracket > 0) {
                isoByName.put(Folding.fold(name.substring(0, bracket)), iso);
            }
        }
        isoByName.put(Folding.fold("Viet Nam"), "VN");
        isoByName.put(Folding.fold("Lao PDR"), "LA");
        isoByName.put(Folding.fold("Brunei Darussalam"), "BN");
    }

    /** The ISO 3166 code of a country named in English, or empty. */
    Optional<String> countryIso(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = Folding.fold(name);
        for (Party party : organisation.parties()) {
            if (party.countryIso() != null && named(party, key)) {
                return Optional.of(party.countryIso());
            }
        }
        return Optional.ofNullable(isoByName.get(key));
    }

    /** The party named ("Vietnam", "European Union", "ASEAN Secretariat"), by its names or its country, or empty. */
    Optional<PartyCode> party(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = Folding.fold(name);
        for (Party party : organisation.parties()) {
            if (named(party, key) || key.equals(Folding.fold(party.code().value()))) {
                return Optional.of(party.code());
            }
        }
        Optional<String> iso = countryIso(name);
        return iso.flatMap(code -> organisation.parties().stream().filter(p -> code.equals(p.countryIso())).map(Party::code).findFirst());
    }

    private static boolean named(Party party, String key) {
        return (party.name() != null && key.equals(Folding.fold(party.name().en())))
                || (party.shortName() != null && key.equals(Folding.fold(party.shortName().en())));
    }
}
