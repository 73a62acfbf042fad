package org.mufakat.press;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A report as it arrived: its bytes unchanged, whether they are plain text or HTML, and what the sender said of it
 * (the address it came from, when it was published), both optional.
 */
public record RawReport(byte[] content, MediaType mediaType, String sourceUrl, LocalDate published) {

    /** What the bytes are. */
    public enum MediaType {
        TEXT("text/plain"), HTML("text/html");

        private final String value;

        MediaType(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        /** "text/html; charset=utf-8" is HTML, "text/plain" and anything else textual is text. */
        public static MediaType of(String contentType) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            return type.contains("html") ? HTML : TEXT;
        }

        /** By the file name's extension, else by a look at the first bytes. */
        public static MediaType guess(String fileName, byte[] content) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
                return HTML;
            }
            if (name.endsWith(".txt") || name.endsWith(".text")) {
                return TEXT;
            }
            int n = Math.min(content.length, 2048);
            String head = new String(content, 0, n, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
            return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<p>")
                    ? HTML : TEXT;
        }
    }

    public RawReport {
        content = content == null ? new byte[0] : content.clone();
        mediaType = mediaType == null ? MediaType.TEXT : mediaType;
        sourceUrl = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
    }

    public static RawReport text(String text) {
        return new RawReport(text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT, null, null);
    }

    public static RawReport html(String html) {
        return new RawReport(html.getBytes(StandardCharsets.UTF_8), MediaType.HTML, null, null);
    }

    public RawReport publishedOn(LocalDate date) {
        return new RawReport(content, mediaType, sourceUrl, date);
    }

    public RawReport from(String url) {
        return new RawReport(content, mediaType, url, published);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The size in bytes, without copying them. */
    public int size() {
        return content.length;
    }

    byte[] bytes() {
        return content;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawReport that && java.util.Arrays.equals(content, that.content) && mediaType == that.mediaType
                && java.util.Objects.equals(sourceUrl, that.sourceUrl) && java.util.Objects.equals(published, that.published);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(content), mediaType, sourceUrl, published);
    }

    @Override
    public String toString() {
        return "RawReport[" + mediaType.value() + ", " + content.length + " bytes" + (sourceUrl == null ? "" : ", " + sourceUrl)
                + (published == null ? "" : ", published " + published) + "]";
    }
}
