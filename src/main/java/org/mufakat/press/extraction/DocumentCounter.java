package org.mufakat.press.extraction;

import org.mufakat.press.DocumentCount;
import org.mufakat.press.Span;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of documents: a number before "văn kiện" / "documents" (with at most two words between, "80 outcome
 * documents"), with the word before it that qualifies it ("khoảng 80 văn kiện", "hơn 100 văn kiện", "about 80
 * documents"). A single named document ("Thông cáo báo chí") and "nhiều văn kiện" (many) are no counts.
 */
public final class DocumentCounter {

    private static final Set<String> NOUNS = Set.of("văn kiện", "documents", "instruments", "outcome documents", "văn bản");
    private static final Map<String, String> QUALIFIERS = Map.ofEntries(Map.entry("khoảng", "approximately"),
            Map.entry("chừng", "approximately"), Map.entry("ước", "approximately"), Map.entry("about", "approximately"),
            Map.entry("around", "approximately"), Map.entry("some", "approximately"), Map.entry("approximately", "approximately"),
            Map.entry("roughly", "approximately"), Map.entry("hơn", "more than"), Map.entry("trên", "more than"),
            Map.entry("over", "more than"), Map.entry("than", "more than"), Map.entry("gần", "nearly"), Map.entry("nearly", "nearly"),
            Map.entry("almost", "nearly"), Map.entry("tới", "up to"), Map.entry("đến", "up to"), Map.entry("dưới", "fewer than"),
            Map.entry("under", "fewer than"));

    private final PhraseTable<Boolean> nouns = new PhraseTable<>();

    public DocumentCounter() {
        NOUNS.forEach(noun -> nouns.add(noun, true));
    }

    public DocumentCount find(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.isNumber() || t.intValue() < 2 || t.intValue() > 5000 || t.text().length() == 4 && t.intValue() > 1900) {
                    continue;
                }
                if (i + 1 < tokens.size() && (tokens.get(i + 1).is("/") || tokens.get(i + 1).is("%") || tokens.get(i + 1).is("."))
                        && !tokens.get(i + 1).spaceBefore()) {
                    continue; // a date or a decimal
                }
                for (int gap = 1; gap <= 3 && i + gap < tokens.size(); gap++) {
                    PhraseTable.Match<Boolean> noun = nouns.matchAt(tokens, i + gap);
                    if (noun != null) {
                        String qualifier = i > 0 ? QUALIFIERS.get(tokens.get(i - 1).key()) : null;
                        return new DocumentCount(t.intValue(), qualifier, new Span(sentence.start(), sentence.end()));
                    }
                    if (!tokens.get(i + gap).isWord()) {
                        break;
                    }
                }
            }
        }
        return null;
    }
}
