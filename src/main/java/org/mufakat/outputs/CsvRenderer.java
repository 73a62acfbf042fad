package org.mufakat.outputs;

import org.mufakat.outputs.OutcomeList.Outcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An outcome list as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where they hold a comma, quote or
 * line break, quotes doubled), in UTF-8 with a byte order mark: without it Excel reads the file in the machine's
 * code page and garbles every Vietnamese letter. Both titles have their own column; the header is in the reader's language.
 */
@Component
public class CsvRenderer {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final String BOM = "\uFEFF";

    private final MessageSource messages;

    public CsvRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(OutcomeList list, Locale locale) {
        PrintLabels labels = new PrintLabels(messages, locale);
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of(labels.text("outputs.column.symbol"), labels.text("outputs.column.kind"), labels.text("outputs.column.titleEn"),
                labels.text("outputs.column.titleVi"), labels.text("outputs.column.decision"), labels.text("outputs.column.version"),
                labels.text("outputs.column.date")));
        for (Outcome outcome : list.outcomes()) {
            line(csv, List.of(outcome.symbol(), labels.in(outcome.kind()), outcome.title().en(),
                    outcome.title().vi() == null ? "" : outcome.title().vi(), labels.decision(outcome.decision()),
                    String.valueOf(outcome.version()), outcome.decidedOn() == null ? "" : outcome.decidedOn().toString()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
