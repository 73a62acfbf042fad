package org.mufakat.press;

import java.time.LocalDate;
import java.util.List;

/** Reads short reports for the tests: one reader for all, as the application shares one. */
final class Reports {

    static final ReportReader READER = ReportReader.standard();

    private Reports() {
    }

    /** A report of a title and paragraphs (a blank line between each). */
    static Extraction read(String title, String... paragraphs) {
        return READER.read(RawReport.text(title + "\n\n" + String.join("\n\n", paragraphs)));
    }

    static Extraction readPublished(LocalDate published, String title, String... paragraphs) {
        return READER.read(RawReport.text(title + "\n\n" + String.join("\n\n", paragraphs)).publishedOn(published));
    }

    static List<MeetingFact> meetings(String sentence) {
        return read("Tin ASEAN", sentence).meetings();
    }

    static MeetingFact only(String sentence) {
        List<MeetingFact> meetings = meetings(sentence);
        if (meetings.size() != 1) {
            throw new AssertionError("Expected one meeting in «" + sentence + "», found " + meetings);
        }
        return meetings.getFirst();
    }

    static String resource(String name) {
        try (var in = Reports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("No test resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
