package org.mufakat.outputs;

import org.mufakat.documents.Classification;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One version of an outcome document as it is printed: symbol and classification marking, bilingual title, kind
 * and framework, the preamble and operative parts with their headings and numbered paragraphs, the annexes.
 * Paragraph numbers are the document's own (reservations cite them), so they are printed, never renumbered.
 */
public record PrintedDocument(String symbol, Classification classification, LocalizedText title, LocalizedText kind,
                              LocalizedText framework, List<Part> parts, List<Annex> annexes, int version, LocalDate date) {

    public PrintedDocument {
        requireText(symbol, "symbol");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(title, "title");
        parts = List.copyOf(parts == null ? List.of() : parts);
        annexes = List.copyOf(annexes == null ? List.of() : annexes);
        if (version < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1");
        }
    }

    public enum PartKind {
        PREAMBLE, OPERATIVE
    }

    /** A heading or a paragraph (numbered, or not, as preambular paragraphs usually are). */
    public sealed interface Block permits Heading, Paragraph {
    }

    public record Heading(String text) implements Block {
        public Heading {
            requireText(text, "heading");
        }
    }

    /** @param number as the document numbers it ("1", "12.a"); null for an unnumbered paragraph */
    public record Paragraph(String number, String text) implements Block {
        public Paragraph {
            requireText(text, "paragraph");
            number = number == null || number.isBlank() ? null : number.strip();
        }
    }

    public record Part(PartKind kind, List<Block> blocks) {
        public Part {
            Objects.requireNonNull(kind, "kind");
            blocks = List.copyOf(blocks);
        }
    }

    public record Annex(String label, LocalizedText title, List<Block> blocks) {
        public Annex {
            requireText(label, "annex label");
            blocks = List.copyOf(blocks);
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A printed document needs its " + what);
        }
    }
}
