package org.mufakat.press;

import java.time.LocalDate;

/**
 * A report with its noise taken off: {@code text} is the title, a blank line, and the article's paragraphs separated
 * by blank lines, in Unicode NFC; every span of the extraction points into it. {@code language} is "vi" or "en"
 * (else "und"); {@code published} the date the sender gave or the page states; {@code source} the address or source
 * line the page names; {@code titleEnd} where the title ends in {@code text} (0 when there is none).
 */
public record CleanedReport(String language, String title, LocalDate published, String source, String text, int titleEnd,
                            Fingerprint fingerprint) {

    /** The article's body: the text after the title. */
    public String body() {
        return titleEnd == 0 ? text : text.substring(Math.min(text.length(), titleEnd + 2));
    }
}
