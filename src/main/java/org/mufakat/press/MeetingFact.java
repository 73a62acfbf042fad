package org.mufakat.press;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting a report speaks of. {@code type} is the series code of the organisation definition ("AMM", "EAS SOM"),
 * {@code framework} its family ("ASEAN", "ASEAN+3", "EAS", "ARF", "ASEAN+1"), {@code partner} the dialogue partner
 * of an ASEAN+1 meeting (else null); countries and cities by their short English names. Every value the report does
 * not state is null. {@code span} is the sentence that gave the dates (else the first naming the meeting);
 * {@code evidence} every sentence naming it.
 */
public record MeetingFact(String type, String framework, Integer ordinal, LocalDate start, LocalDate end, String city,
                          String country, MeetingFormat format, MeetingRole role, String partner, Span span,
                          List<Span> evidence) {

    public MeetingFact {
        evidence = List.copyOf(evidence);
    }
}
