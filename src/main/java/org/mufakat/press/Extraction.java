package org.mufakat.press;

import java.util.List;

/**
 * What was read from one report: the cleaned report and the facts it states, each with the span of its sentence
 * in {@code report.text()}. {@code chairCountry} and {@code documentCount} are null when the report does not say.
 */
public record Extraction(CleanedReport report, List<MeetingFact> meetings, List<HeadOfDelegationFact> headsOfDelegation,
                         Fact<String> chairCountry, DocumentCount documentCount) {

    public Extraction {
        meetings = List.copyOf(meetings);
        headsOfDelegation = List.copyOf(headsOfDelegation);
    }
}
