package org.mufakat.organisation.web;

import org.mufakat.organisation.Framework;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Names of parties, frameworks and countries in the reader's language, for templates ({@code @names}). */
@Component("names")
public class Names {

    private final Organisation organisation;

    Names(Organisation organisation) {
        this.organisation = organisation;
    }

    public String party(Object code) {
        if (code == null) {
            return "";
        }
        return organisation.findParty(PartyCode.of(code.toString())).map(p -> p.name(locale())).orElse(code.toString());
    }

    public String partyShort(Object code) {
        if (code == null) {
            return "";
        }
        return organisation.findParty(PartyCode.of(code.toString())).map(p -> p.shortName(locale())).orElse(code.toString());
    }

    public String framework(Object code) {
        if (code == null) {
            return "";
        }
        return organisation.findFramework(FrameworkCode.of(code.toString())).map(f -> f.shortName(locale())).orElse(code.toString());
    }

    public String frameworkName(Object code) {
        if (code == null) {
            return "";
        }
        return organisation.findFramework(FrameworkCode.of(code.toString())).map(f -> f.name().in(locale())).orElse(code.toString());
    }

    public String country(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        return Locale.of("", iso).getDisplayCountry(locale());
    }

    /** Every ISO country, named in the reader's language and sorted by that name, for venue pickers. */
    public List<Country> countries() {
        Locale locale = locale();
        return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .map(iso -> new Country(iso, Locale.of("", iso).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    public List<Party> parties() {
        return organisation.parties();
    }

    public List<Framework> frameworks() {
        return organisation.frameworks();
    }

    public record Country(String iso, String name) {
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
