package org.mufakat.press;

/**
 * Where a fact's supporting sentence stands in the cleaned text: UTF-16 code units (Java and JavaScript string
 * indices), {@code start} inclusive, {@code end} exclusive.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A span runs forward from 0: " + start + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
