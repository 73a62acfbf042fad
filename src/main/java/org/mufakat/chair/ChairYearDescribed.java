package org.mufakat.chair;

/** A chair year's theme, priorities or initiatives were recorded. */
public record ChairYearDescribed(int year) {
}
