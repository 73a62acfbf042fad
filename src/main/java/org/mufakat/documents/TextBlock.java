package org.mufakat.documents;

/**
 * One block of a document's text: a heading, an annex's title or a paragraph. Paragraphs carry their label:
 * "PP2" (second preambular paragraph), "OP3" (third operative paragraph, numbered 3), "A1.2" (annex 1, paragraph 2).
 * {@code annex} is the annex's number (0 outside annexes); {@code number} the paragraph's number in its part (0 for
 * headings and annex titles).
 */
public record TextBlock(Part part, int annex, Kind kind, String label, int number, String text) {

    public enum Part {
        PREAMBLE, OPERATIVE, ANNEX
    }

    public enum Kind {
        HEADING, ANNEX_TITLE, PARAGRAPH
    }

    public boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }

    /** Same place in the structure and same words, whatever the numbering. */
    boolean sameAs(TextBlock other) {
        return part == other.part && kind == other.kind && text.equals(other.text);
    }
}
