package org.mufakat.press;

import org.mufakat.platform.domain.RuleViolation;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A report to import, as it arrived: its bytes unchanged, the file name it came under (null for pasted text), its
 * media type (null: guessed from the name and the bytes), and what the sender says of it: the address it came from
 * and its publication date, both optional.
 */
public record IncomingReport(byte[] content, String fileName, String mediaType, String sourceUrl, LocalDate published) {

    public IncomingReport {
        content = content == null ? new byte[0] : content;
        fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (fileName != null && fileName.length() > 300) {
            fileName = fileName.substring(0, 300);
        }
        sourceUrl = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
        if (sourceUrl != null) {
            String lower = sourceUrl.toLowerCase(Locale.ROOT);
            boolean web = (lower.startsWith("http://") || lower.startsWith("https://")) && sourceUrl.length() <= 2000;
            try {
                URI.create(sourceUrl);
            } catch (IllegalArgumentException e) {
                web = false;
            }
            if (!web) {
                throw RuleViolation.of("source", "press.source.invalid", "The source must be a web address (http or https)");
            }
        }
    }

    public static IncomingReport text(String text, String sourceUrl, LocalDate published) {
        return new IncomingReport(text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null,
                RawReport.MediaType.TEXT.value(), sourceUrl, published);
    }

    RawReport.MediaType type() {
        return mediaType != null ? RawReport.MediaType.of(mediaType) : RawReport.MediaType.guess(fileName, content);
    }

    /** What the report is called in a summary: its file name, else "pasted text". */
    public String name() {
        return fileName == null ? "pasted text" : fileName;
    }
}
