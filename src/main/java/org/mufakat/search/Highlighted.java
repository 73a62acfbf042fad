package org.mufakat.search;

import java.util.List;

/**
 * A text as written, cut into parts some of which matched the query: pages render each part escaped (a matched one
 * in a {@code <mark>}), the API also gives {@link #html()}, escaped here, so that no text ever becomes markup.
 */
public record Highlighted(List<Part> parts) {

    public Highlighted {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean marked) {
    }

    public static Highlighted plain(String text) {
        return new Highlighted(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The matched parts, as written. */
    public List<String> marked() {
        return parts.stream().filter(Part::marked).map(Part::text).toList();
    }

    public String html() {
        StringBuilder html = new StringBuilder();
        for (Part part : parts) {
            if (part.marked()) {
                html.append("<mark>");
            }
            escape(part.text(), html);
            if (part.marked()) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
