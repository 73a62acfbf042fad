package org.mufakat.press.extraction;

import org.mufakat.press.Fact;
import org.mufakat.press.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the ASEAN Chair when the report says who chairs: a member state standing next to "Chủ tịch" / "Chair" /
 * "Chairmanship" with only linking words between ("Lào, nước Chủ tịch ASEAN 2024", "Chủ tịch Brunei", "Lào - Chủ tịch
 * ASEAN 2024", "Lào đảm nhiệm trọng trách Chủ tịch ASEAN", "Laos, the ASEAN Chair", "ASEAN Chair Laos",
 * "Laos's ASEAN Chairmanship"), or a meeting chaired by a state ("dưới sự chủ trì của Lào", "chaired by Laos").
 * "Chủ tịch" that is a president ("Chủ tịch nước", "Chủ tịch Quốc hội", a chair followed by a person's name) is not
 * the ASEAN Chair. The state named most often wins; a state chairing a meeting counts half.
 */
public final class ChairRecogniser {

    private static final int WINDOW = 6;
    private static final Set<String> LINKS = Set.of(",", "-", "–", "—", "(", ")", "nước", "asean", "năm", "là", "the", "as", "'",
            "s", "of", "đảm", "nhiệm", "vai", "trò", "trọng", "trách", "giữ", "cương", "vị", "tiếp", "nhận", "của", "current",
            "this", "year", "year's", "'s", "chủ", "tịch", "chair", "chairmanship", "chairman", "làm", "with", "hiện");
    private static final Set<String> NOT_THE_CHAIR = Set.of("nước", "quốc", "thượng", "hạ", "đảng", "ủy", "uỷ", "hội",
            "ubnd", "tập", "hđqt", "công", "phường", "xã", "tỉnh", "thành", "huyện", "mặt", "liên", "viện", "tổng");

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> chairWords = new PhraseTable<>();

    public ChairRecogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String word : List.of("chủ tịch", "nước chủ tịch", "chair", "chairmanship", "chairman", "chủ tịch asean",
                "asean chair", "asean chairmanship")) {
            chairWords.add(word, true);
        }
    }

    public Fact<String> find(List<Sentence> sentences) {
        Map<String, Double> votes = new HashMap<>();
        Map<String, Span> firstSpan = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        int order = 0;
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                PhraseTable.Match<Boolean> chair = chairWords.matchAt(tokens, i);
                String country = null;
                double weight = 1;
                if (chair != null && !president(tokens, i, chair.to())) {
                    country = near(tokens, chair.from(), chair.to());
                    i = chair.to() - 1;
                } else if (tokens.get(i).is("chủ") && i + 2 < tokens.size() && tokens.get(i + 1).is("trì") && tokens.get(i + 2).is("của")
                        && i > 0 && tokens.get(i - 1).is("sự")) {
                    country = member(tokens, i + 3);
                    weight = 0.5;
                } else if ((tokens.get(i).is("chaired") || tokens.get(i).is("hosted")) && i + 1 < tokens.size() && tokens.get(i + 1).is("by")) {
                    country = member(tokens, i + 2);
                    weight = 0.5;
                }
                if (country != null) {
                    votes.merge(country, weight, Double::sum);
                    firstSpan.putIfAbsent(country, new Span(sentence.start(), sentence.end()));
                    firstSeen.putIfAbsent(country, order++);
                }
            }
        }
        String best = null;
        for (var entry : votes.entrySet()) {
            if (best == null || entry.getValue() > votes.get(best)
                    || (entry.getValue().equals(votes.get(best)) && firstSeen.get(entry.getKey()) < firstSeen.get(best))) {
                best = entry.getKey();
            }
        }
        return best == null ? null : new Fact<>(best, firstSpan.get(best));
    }

    /** "Chủ tịch nước", "Chủ tịch Quốc hội", "Phó Chủ tịch", "Chủ tịch Trung Quốc Tập Cận Bình": not the ASEAN Chair. */
    private boolean president(List<Token> tokens, int from, int to) {
        if (from > 0 && (tokens.get(from - 1).is("phó") || tokens.get(from - 1).is("vice"))) {
            return true;
        }
        if (to < tokens.size() && NOT_THE_CHAIR.contains(tokens.get(to).key()) && !tokens.get(from).is("nước")) {
            return true;
        }
        if (to < tokens.size() && (tokens.get(to).is("'") || tokens.get(to).is("statement"))) {
            return true; // "Chairman's Statement"
        }
        PhraseTable.Match<Lexicon.Country> country = lexicon.countries.matchAt(tokens, to);
        if (country != null && country.to() < tokens.size()) {
            Token after = tokens.get(country.to());
            return after.startsUpper() && lexicon.countries.matchAt(tokens, country.to()) == null; // followed by a name
        }
        return false;
    }

    private String near(List<Token> tokens, int from, int to) {
        // After: "Chủ tịch Brunei", "ASEAN Chair Laos", "nước Chủ tịch ASEAN 2024 Lào"
        for (int j = to; j < Math.min(tokens.size(), to + WINDOW); j++) {
            String country = member(tokens, j);
            if (country != null) {
                return country;
            }
            if (!link(tokens.get(j))) {
                break;
            }
        }
        // Before: "Lào, nước Chủ tịch", "Laos, the ASEAN Chair", "Lào đảm nhiệm trọng trách Chủ tịch"
        for (int j = from - 1; j >= Math.max(0, from - WINDOW - 2); j--) {
            PhraseTable.Match<Lexicon.Country> c = lexicon.countries.matchEndingAt(tokens, j + 1);
            if (c != null && c.value().member()) {
                return c.value().name();
            }
            if (!link(tokens.get(j))) {
                break;
            }
        }
        return null;
    }

    private static boolean link(Token t) {
        return LINKS.contains(t.key()) || (t.isNumber() && t.text().length() == 4);
    }

    private String member(List<Token> tokens, int j) {
        PhraseTable.Match<Lexicon.Country> c = lexicon.countries.matchAt(tokens, j);
        return c != null && c.value().member() ? c.value().name() : null;
    }
}
