package org.mufakat.press;

/** A value a report states, with the sentence stating it. */
public record Fact<T>(T value, Span span) {
}
