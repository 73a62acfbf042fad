package org.mufakat.outputs;

import org.mufakat.documents.Classification;
import org.mufakat.documents.Decision;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The fixed words and dates of a printed text, in the reader's language (the outputs bundle). */
final class PrintLabels {

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final MessageSource messages;
    private final Locale locale;

    PrintLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    Locale locale() {
        return locale;
    }

    boolean vietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String in(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    String marking(Classification classification) {
        return text("outputs.classification." + classification.name());
    }

    String decision(Decision decision) {
        return text("outputs.decision." + decision.name());
    }

    String day(LocalDate date) {
        return date == null ? "" : (vietnamese() ? VI_DAY : EN_DAY).format(date);
    }

    /** The non-empty texts, separated by middle dots. */
    static String joined(String... texts) {
        return joinedBy(" · ", texts);
    }

    static String joinedBy(String separator, String... texts) {
        return java.util.Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).collect(java.util.stream.Collectors.joining(separator));
    }

    String range(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return day(start);
        }
        return day(start) + " – " + day(end);
    }
}
