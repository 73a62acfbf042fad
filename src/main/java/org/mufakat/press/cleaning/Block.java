package org.mufakat.press.cleaning;

/**
 * One block of a page in reading order: a line of a text file, or a paragraph, heading, list item or caption of a
 * page. {@code linkDensity} is the share of its characters inside links (0 for text files).
 */
public record Block(String text, double linkDensity, Kind kind) {

    public enum Kind { TEXT, HEADING, CAPTION }

    public static Block text(String text) {
        return new Block(text, 0, Kind.TEXT);
    }
}
