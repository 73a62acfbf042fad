package org.mufakat.press;

/**
 * A count of documents a report states ("khoảng 80 văn kiện": 80, "approximately"), with its sentence. The
 * qualifier is "approximately", "more than", "fewer than", "nearly", "up to" or null when the count is plain.
 */
public record DocumentCount(int count, String qualifier, Span span) {
}
