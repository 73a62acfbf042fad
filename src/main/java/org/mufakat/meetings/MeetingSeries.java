package org.mufakat.meetings;

import org.mufakat.organisation.Framework;
import org.mufakat.platform.domain.LocalizedText;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A series of meetings that recur ("AMM", "EAS SOM"): its level, the framework (or family of frameworks) it sits
 * in, how its meetings are numbered, and its names in both languages.
 *
 * @param framework a framework code, or a family ("ASEAN+1") whose meetings each name one framework of it
 * @param baseYear  with {@code perYear}, the yearly numbering rule: ordinals of year y start at (y - baseYear) * perYear
 */
public record MeetingSeries(SeriesCode code, Level level, String framework, boolean numbered, Integer baseYear,
                            Integer perYear, LocalizedText name, LocalizedText pluralName) {

    public boolean admits(Framework candidate) {
        return candidate.belongsTo(framework);
    }

    public boolean hasYearlyRule() {
        return numbered && baseYear != null && perYear != null;
    }

    /** The ordinals the yearly rule gives for a year ("AMM" 2024: 57; "Summit" 2024: 44 and 45). */
    public List<Integer> ordinalsByRule(int year) {
        if (!hasYearlyRule() || year <= baseYear) {
            return List.of();
        }
        int first = (year - baseYear) * perYear;
        return IntStream.range(first, first + perYear).boxed().toList();
    }

    /** "57th ASEAN Foreign Ministers' Meeting" / "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57". */
    public LocalizedText title(Ordinals ordinals, Framework meetingFramework) {
        return title(ordinals, meetingFramework, null);
    }

    /**
     * @param partnerShortName the short name of the framework's partner ("Korea", "US"), which replaces {@code {partner}}
     *                         as the definition file says; null to fall back on the framework's name without "ASEAN–"
     */
    public LocalizedText title(Ordinals ordinals, Framework meetingFramework, LocalizedText partnerShortName) {
        return new LocalizedText(title(ordinals, meetingFramework, partnerShortName, Locale.ENGLISH),
                title(ordinals, meetingFramework, partnerShortName, Locale.forLanguageTag("vi")));
    }

    private String title(Ordinals ordinals, Framework meetingFramework, LocalizedText partnerShortName, Locale locale) {
        boolean vietnamese = "vi".equals(locale.getLanguage());
        LocalizedText base = ordinals != null && ordinals.isPlural() && pluralName != null ? pluralName : name;
        String text = base.in(locale);
        if (text.contains("{partner}")) {
            String partner = meetingFramework == null || meetingFramework.partner() == null ? "…"
                    : partnerShortName != null ? partnerShortName.in(locale)
                    : meetingFramework.name().in(locale).replaceFirst("^ASEAN\\s*[–-]\\s*", "");
            text = text.replace("{partner}", partner);
        }
        if (ordinals == null) {
            return text;
        }
        if (vietnamese) {
            return text + " lần thứ " + String.join(" và ", ordinals.numbers().stream().map(String::valueOf).toList());
        }
        List<String> numbers = ordinals.numbers().stream().map(MeetingSeries::englishOrdinal).toList();
        String joined = numbers.size() == 1 ? numbers.getFirst()
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.getLast();
        return joined + " " + text;
    }

    static String englishOrdinal(int number) {
        int lastTwo = number % 100;
        String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return number + suffix;
    }
}
