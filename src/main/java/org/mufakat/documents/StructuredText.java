package org.mufakat.documents;

import org.mufakat.documents.TextBlock.Kind;
import org.mufakat.documents.TextBlock.Part;
import org.mufakat.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document's text, structured: preamble, operative part, annexes; headings and numbered paragraphs. Typed as a
 * light markup in a text area:
 * <pre>
 * # A heading
 * A paragraph; paragraphs are separated by blank lines.
 * ---                      (the line between preamble and operative part; without it, every paragraph is operative)
 * An operative paragraph, numbered 1, 2, 3 ... automatically.
 * ## Annex I: title        (starts an annex; its paragraphs are A1.1, A1.2 ...)
 * </pre>
 * {@link #markup()} writes back exactly what {@link #parse} reads: parsing the markup of a text gives the same text, and
 * the markup of parsed input is that input with line ends unified, lines stripped and blank lines collapsed.
 */
public record StructuredText(boolean separated, List<TextBlock> blocks) {

    public static final int LONGEST = 2_000_000;
    static final String SEPARATOR = "---";

    public StructuredText {
        blocks = List.copyOf(blocks);
    }

    public static StructuredText parse(String markup) {
        String text = markup == null ? "" : markup.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > LONGEST) {
            throw RuleViolation.of("text", "document.text.tooLong", "A text has at most " + LONGEST + " characters", LONGEST);
        }
        String[] lines = text.split("\n", -1);
        boolean separated = false;
        for (String line : lines) {
            if (line.strip().equals(SEPARATOR)) {
                separated = true;
                break;
            }
        }
        List<TextBlock> blocks = new ArrayList<>();
        Part part = separated ? Part.PREAMBLE : Part.OPERATIVE;
        int annex = 0;
        int number = 0;
        boolean separatorSeen = false;
        List<String> paragraph = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            boolean special = line.equals(SEPARATOR) || line.startsWith("# ") || line.startsWith("## ");
            if ((line.isEmpty() || special) && !paragraph.isEmpty()) {
                number++;
                blocks.add(new TextBlock(part, annex, Kind.PARAGRAPH, label(part, annex, number), number, String.join("\n", paragraph)));
                paragraph.clear();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals(SEPARATOR)) {
                if (separatorSeen || part == Part.ANNEX) {
                    throw RuleViolation.of("text", "document.text.separator",
                            "Only one '---' line, between the preamble and the operative part, before any annex");
                }
                separatorSeen = true;
                part = Part.OPERATIVE;
                number = 0;
            } else if (line.startsWith("## ")) {
                annex++;
                part = Part.ANNEX;
                number = 0;
                blocks.add(new TextBlock(part, annex, Kind.ANNEX_TITLE, "Annex " + annex, 0, line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                blocks.add(new TextBlock(part, annex, Kind.HEADING, null, 0, line.substring(2).strip()));
            } else {
                paragraph.add(line);
            }
        }
        return new StructuredText(separated, blocks);
    }

    private static String label(Part part, int annex, int number) {
        return switch (part) {
            case PREAMBLE -> "PP" + number;
            case OPERATIVE -> "OP" + number;
            case ANNEX -> "A" + annex + "." + number;
        };
    }

    public String markup() {
        List<String> out = new ArrayList<>();
        boolean separatorWritten = false;
        for (TextBlock block : blocks) {
            if (separated && !separatorWritten && block.part() != Part.PREAMBLE) {
                out.add(SEPARATOR);
                separatorWritten = true;
            }
            out.add(switch (block.kind()) {
                case HEADING -> "# " + block.text();
                case ANNEX_TITLE -> "## " + block.text();
                case PARAGRAPH -> block.text();
            });
        }
        if (separated && !separatorWritten) {
            out.add(SEPARATOR);
        }
        return String.join("\n\n", out);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public List<TextBlock> paragraphs() {
        return blocks.stream().filter(TextBlock::isParagraph).toList();
    }

    public List<TextBlock> preamble() {
        return blocks.stream().filter(b -> b.part() == Part.PREAMBLE).toList();
    }

    public List<TextBlock> operative() {
        return blocks.stream().filter(b -> b.part() == Part.OPERATIVE).toList();
    }

    /** The annexes' blocks, each list starting with the annex's title. */
    public List<List<TextBlock>> annexes() {
        List<List<TextBlock>> annexes = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (block.kind() == Kind.ANNEX_TITLE) {
                annexes.add(new ArrayList<>());
            }
            if (block.part() == Part.ANNEX) {
                annexes.getLast().add(block);
            }
        }
        return annexes.stream().map(List::copyOf).toList();
    }

    public Optional<TextBlock> paragraph(String label) {
        return blocks.stream().filter(b -> b.isParagraph() && b.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    /** The paragraph as it was when amended: by its label if its words are unchanged, else wherever those words now stand. */
    Optional<TextBlock> locate(String label, String words) {
        Optional<TextBlock> byLabel = paragraph(label).filter(p -> p.text().equals(words));
        return byLabel.isPresent() ? byLabel : paragraphs().stream().filter(p -> p.text().equals(words)).findFirst();
    }

    /** This text with one paragraph replaced, removed (null) or followed by a new one. */
    StructuredText amended(TextBlock target, AmendmentOperation operation, String proposed) {
        List<String> out = new ArrayList<>();
        List<TextBlock> list = blocks;
        StringBuilder markup = new StringBuilder();
        // Rebuild through the markup, so that numbering and labels follow the rules of parse.
        boolean separatorWritten = false;
        for (TextBlock block : list) {
            if (separated && !separatorWritten && block.part() != Part.PREAMBLE) {
                out.add(SEPARATOR);
                separatorWritten = true;
            }
            String written = switch (block.kind()) {
                case HEADING -> "# " + block.text();
                case ANNEX_TITLE -> "## " + block.text();
                case PARAGRAPH -> block.text();
            };
            if (block == target) {
                switch (operation) {
                    case REPLACE -> out.add(proposed);
                    case DELETE -> {
                    }
                    case INSERT_AFTER -> {
                        out.add(written);
                        out.add(proposed);
                    }
                }
            } else {
                out.add(written);
            }
        }
        if (separated && !separatorWritten) {
            out.add(SEPARATOR);
        }
        markup.append(String.join("\n\n", out));
        return parse(markup.toString());
    }
}
