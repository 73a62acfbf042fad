package org.mufakat.press.extraction;

import org.mufakat.press.extraction.Lexicon.Country;
import org.mufakat.press.extraction.Lexicon.FrameworkName;
import org.mufakat.press.extraction.Lexicon.Level;
import org.mufakat.press.extraction.Lexicon.Modifier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the meetings a sentence names, by the grammar of meeting names rather than by a list of them. A
 * Vietnamese name opens with its head ("Hội nghị", "cuộc họp") and goes on with a level ("Cấp cao", "Bộ trưởng
 * Ngoại giao", "Quan chức cao cấp"), frameworks ("ASEAN, ASEAN+3 và Cấp cao Đông Á", "ASEAN-Australia"),
 * modifiers ("hẹp", "đặc biệt"), ordinals ("lần thứ 44, 45") and abbreviations in brackets ("(AMM-54)"). An
 * English name ends with its head ("Meeting", "Summit", "Retreat") and carries the same parts before it. "SOM",
 * "AMM-54" stand alone too. The first level named decides ("Hội nghị Bộ trưởng các nước tham gia Cấp cao Đông Á"
 * is a ministers' meeting of the EAS); level, framework and modifiers then pick the series of the definition.
 * Names with words of another sector or kind ("Kinh tế", "Women Leaders'") or unknown capitalised words are no
 * series. Every scan is bounded by a fixed number of tokens.
 */
public final class MeetingRecogniser {

    private static final int LONGEST_NAME = 30;
    private static final Set<String> FILLERS = Set.of("các", "nước", "tham", "gia", "thành", "viên", "cấp", "ngoại", "giao",
            "ngoại giao", "chính", "thức", "'", "s", "of", "meeting", "meetings", "conference", "forum", "+", "lần", "này");
    private static final Set<String> CONNECTORS = Set.of(",", "và", "and", "&", "cùng", "/");
    private static final Set<String> TITLE_BEFORE = Set.of("trưởng", "quyền", "phó", "head", "leader", "leaders", "chief");
    private static final Set<String> VENUE_BEFORE = Set.of("trung tâm", "center", "centre", "cung", "hội trường", "nhà",
            "phòng", "hall", "tòa", "khu");
    private static final Set<String> ENGLISH_STOPS = Set.of("the", "a", "an", "at", "on", "in", "during", "after", "before",
            "for", "to", "from", "with", "by", "this", "that", "these", "those", "its", "their", "his", "her", "as",
            "while", "when", "ahead", "following", "of", "our", "all", "both", "annual", "recent", "last",
            "next", "upcoming");
    private static final Set<String> ABBREVIATIONS = Set.of("amm", "som", "fmm", "pmc", "acc", "accwg");
    private static final Set<String> ENGLISH_HEADS = Set.of("meeting", "meetings", "summit", "summits", "retreat", "conference", "forum");
    private static final Set<String> NUMBERED_ABBREVIATIONS = Set.of("arf", "eas");

    private final Lexicon lexicon;

    public MeetingRecogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What a meeting name says. */
    private static final class Name {
        Level level;
        Level implied;
        final List<FrameworkName> frameworks = new ArrayList<>();
        final List<Country> partners = new ArrayList<>();
        final Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        final List<Integer> ordinals = new ArrayList<>();
        boolean otherKind;
        boolean generic;
        boolean plural;
        boolean abbreviation;
        int content;

        void framework(FrameworkName framework, Country partner) {
            for (int i = 0; i < frameworks.size(); i++) {
                if (frameworks.get(i).family().equals(framework.family()) && java.util.Objects.equals(partners.get(i), partner)) {
                    return;
                }
            }
            frameworks.add(framework);
            partners.add(partner);
            if (implied == null) {
                implied = framework.impliedLevel();
            }
            content++;
        }

        void ordinal(List<Integer> values) {
            for (Integer value : values) {
                if (!ordinals.contains(value)) {
                    ordinals.add(value);
                }
            }
            content++;
        }
    }

    public List<MeetingMention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<MeetingMention> found = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        // Vietnamese heads and the framework-named ARF ("Diễn đàn Khu vực ASEAN").
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Match<Boolean> head = lexicon.viHeads.matchAt(tokens, i);
            int from = head == null ? -1 : head.to();
            if (head == null && tokens.get(i).is("diễn") && !taken[i]) {
                PhraseTable.Match<FrameworkName> forum = lexicon.frameworks.matchAt(tokens, i);
                if (forum != null && forum.value().family().equals("ARF")) {
                    from = i; // "Diễn đàn Khu vực ASEAN (ARF) lần thứ 31": the framework names the meeting
                }
            }
            if (from < 0 || taken[i] || venue(tokens, i)) {
                continue;
            }
            Name name = new Name();
            name.plural = i > 0 && (tokens.get(i - 1).is("các") || tokens.get(i - 1).is("những"));
            int end = forward(tokens, from, Math.min(tokens.size(), from + LONGEST_NAME), name);
            add(sentence, i, end, name, found, taken);
        }
        // English heads: the name stands before them. Right to left, so that "East Asia Summit Foreign Ministers'
        // Meeting" is read from its last head, with "Summit" inside the name.
        for (int h = tokens.size() - 1; h >= 0; h--) {
            PhraseTable.Match<Boolean> head = lexicon.enHeads.matchAt(tokens, h);
            if (head == null || taken[h] || !tokens.get(h).startsUpper()) {
                continue;
            }
            int start = h;
            while (start > 0 && h - start < LONGEST_NAME && !taken[start - 1]) {
                if (tokens.get(start - 1).is(")")) {
                    int open = openingBracket(tokens, start - 1);
                    if (open < 0) {
                        break;
                    }
                    start = open; // "ASEAN Regional Forum (ARF) Senior Officials' Meeting"
                    continue;
                }
                if (!partOfEnglishName(tokens, start - 1)) {
                    break;
                }
                start--;
            }
            if (start == h && lexicon.levels.matchAt(tokens, h) == null && lexicon.modifiers.matchAt(tokens, h) == null) {
                continue;
            }
            Name name = new Name();
            name.plural = tokens.get(h).key().endsWith("s");
            int end = forward(tokens, start, head.to(), name);
            if (end < head.to()) {
                continue;
            }
            // "(AMM)" after the name
            end = bracket(tokens, end, name);
            add(sentence, start, end, name, found, taken);
        }
        // Abbreviations standing alone: "SOM ASEAN", "EAS SOM", "AMM-54", "the 56th AMM"; "ARF" and "EAS" only with an
        // ordinal ("the 31st ARF", "ARF-31"), as they name frameworks as often as meetings.
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (taken[i] || !t.isAllCaps() || !(ABBREVIATIONS.contains(t.key()) || NUMBERED_ABBREVIATIONS.contains(t.key()))
                    || (i > 0 && TITLE_BEFORE.contains(tokens.get(i - 1).key()))
                    || (i + 1 < tokens.size() && TITLE_BEFORE.contains(tokens.get(i + 1).key()))) {
                continue;
            }
            int ordinalBefore = i;
            while (ordinalBefore > 0 && !taken[ordinalBefore - 1] && (Ordinals.english(tokens.get(ordinalBefore - 1)) != null
                    || (ordinalBefore - 2 >= 0 && Ordinals.english(tokens.get(ordinalBefore - 2)) != null
                    && (tokens.get(ordinalBefore - 1).is("and") || tokens.get(ordinalBefore - 1).is(","))))) {
                ordinalBefore--;
            }
            if (NUMBERED_ABBREVIATIONS.contains(t.key()) && ordinalBefore == i && !numberAfter(tokens, i + 1)) {
                continue;
            }
            int start = ordinalBefore;
            PhraseTable.Match<FrameworkName> before = lexicon.frameworks.matchEndingAt(tokens, i);
            Name name = new Name();
            if (before != null && !taken[before.from()]) {
                start = before.from();
            }
            if (titleBefore(tokens, start)) {
                continue; // "Trưởng SOM", "Head of ASEAN SOM": a title, not a meeting
            }
            name.abbreviation = true;
            if (t.is("eas")) {
                name.implied = Level.LEADERS; // "the 19th EAS": the summit
            }
            int end = forward(tokens, start, Math.min(tokens.size(), i + LONGEST_NAME), name);
            add(sentence, start, end, name, found, taken);
        }
        found.sort(java.util.Comparator.comparingInt(MeetingMention::from));
        return found;
    }

    /** "-54", " 57": a number that can be an ordinal, right after an abbreviation. */
    private static boolean numberAfter(List<Token> tokens, int j) {
        int k = j < tokens.size() && tokens.get(j).isDash() && !tokens.get(j).spaceBefore() ? j + 1 : j;
        return k < tokens.size() && tokens.get(k).isNumber() && tokens.get(k).intValue() >= 1 && tokens.get(k).intValue() < 200
                && (k + 1 >= tokens.size() || !tokens.get(k + 1).is("/"));
    }

    private static int openingBracket(List<Token> tokens, int close) {
        for (int k = close - 1; k >= 0 && close - k <= 7; k--) {
            Token t = tokens.get(k);
            if (t.is("(")) {
                return k < close - 1 ? k : -1;
            }
            if (!(t.isAllCaps() || t.isNumber() || t.is("+") || t.isDash() || t.is("/"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean titleBefore(List<Token> tokens, int start) {
        int j = start - 1;
        while (j >= 0 && start - j <= 3 && (tokens.get(j).is("of") || tokens.get(j).is("the"))) {
            j--;
        }
        return j >= 0 && TITLE_BEFORE.contains(tokens.get(j).key());
    }

    private boolean venue(List<Token> tokens, int head) {
        for (String before : VENUE_BEFORE) {
            int words = before.indexOf(' ') < 0 ? 1 : 2;
            if (head - words < 0) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = head - words; k < head; k++) {
                key.append(key.isEmpty() ? "" : " ").append(tokens.get(k).key());
            }
            if (key.toString().equals(before)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfEnglishName(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (t.isWord()) {
            if (ENGLISH_STOPS.contains(t.key())) {
                return false;
            }
            if (t.is("and") || t.is("plus")) {
                // "44th and 45th", "ASEAN Plus Three and EAS": one name; "ASEAN Summit and Related Summits": two.
                return j > 0 && (tokens.get(j - 1).startsUpper() || Ordinals.english(tokens.get(j - 1)) != null || tokens.get(j - 1).isNumber())
                        && !ENGLISH_HEADS.contains(tokens.get(j - 1).key());
            }
            return t.startsUpper() || Ordinals.english(t) != null || t.is("s");
        }
        if (t.isNumber()) {
            return true;
        }
        return t.is("+") || t.isDash() || t.is("'") || t.is("&") || (t.is(",") && j + 1 < tokens.size() && Ordinals.english(tokens.get(j + 1)) != null);
    }

    /** Reads a name's parts from token p up to {@code limit}; returns where the name ends. */
    private int forward(List<Token> tokens, int p, int limit, Name name) {
        int j = p;
        while (j < limit) {
            Token t = tokens.get(j);
            if (t.is("(")) {
                int end = bracket(tokens, j, name);
                if (end == j) {
                    break;
                }
                j = end;
                continue;
            }
            Ordinals.Found ordinal = Ordinals.vietnamese(tokens, j);
            if (ordinal == null) {
                ordinal = Ordinals.englishList(tokens, j);
            }
            if (ordinal != null) {
                name.ordinal(ordinal.values());
                j = ordinal.to();
                continue;
            }
            int partner = partner(tokens, j, name);
            if (partner > j) {
                j = partner;
                continue;
            }
            PhraseTable.Match<FrameworkName> framework = lexicon.frameworks.matchAt(tokens, j);
            if (framework != null) {
                name.framework(framework.value(), null);
                j = framework.to();
                if (tokens.get(j - 1).isAllCaps() && numberAfter(tokens, j) && j < limit) {
                    int k = tokens.get(j).isDash() ? j + 1 : j;
                    name.ordinal(List.of(tokens.get(k).intValue())); // "ARF-31"
                    j = k + 1;
                }
                continue;
            }
            PhraseTable.Match<Modifier> modifier = lexicon.modifiers.matchAt(tokens, j);
            PhraseTable.Match<Level> level = lexicon.levels.matchAt(tokens, j);
            if (modifier != null && (level == null || modifier.to() >= level.to())) {
                name.modifiers.add(modifier.value());
                name.content++;
                j = modifier.to();
                continue;
            }
            if (level != null) {
                if (name.level == null) {
                    name.level = level.value();
                }
                name.content++;
                j = level.to();
                // "AMM-54", "AMM 57": a number right after an abbreviation is its ordinal.
                if (tokens.get(j - 1).isAllCaps()) {
                    int k = j < limit && tokens.get(j).isDash() ? j + 1 : j;
                    if (k < limit && tokens.get(k).isNumber() && tokens.get(k).intValue() >= 1 && tokens.get(k).intValue() < 200) {
                        name.ordinal(List.of(tokens.get(k).intValue()));
                        j = k + 1;
                    }
                }
                continue;
            }
            if (lexicon.otherSectors.matchAt(tokens, j) != null) {
                name.otherKind = true;
                name.content++;
                j = lexicon.otherSectors.matchAt(tokens, j).to();
                continue;
            }
            PhraseTable.Match<Boolean> generic = lexicon.genericAfter.matchAt(tokens, j);
            if (generic != null) {
                name.generic = true;
                j = generic.to();
                continue;
            }
            if (FILLERS.contains(t.key()) || t.isDash()) {
                j++;
                continue;
            }
            if (CONNECTORS.contains(t.key()) && j + 1 < limit && continuesList(tokens, j + 1)) {
                j++;
                continue;
            }
            if (t.isNumber() && t.text().length() == 4 && t.intValue() >= 1967 && t.intValue() <= 2100) {
                j++; // "Hội nghị Cấp cao ASEAN 2024"
                continue;
            }
            if (t.startsUpper() && lexicon.countries.matchAt(tokens, j) == null && lexicon.cities.matchAt(tokens, j) == null) {
                name.otherKind = true; // an unknown name: no series of the definition
                name.content++;
                j++;
                continue;
            }
            break;
        }
        // Trailing connectors and dashes are no part of the name.
        while (j > p && (CONNECTORS.contains(tokens.get(j - 1).key()) || tokens.get(j - 1).isDash())) {
            j--;
        }
        return j;
    }

    private boolean continuesList(List<Token> tokens, int j) {
        return lexicon.frameworks.matchAt(tokens, j) != null || Ordinals.english(tokens.get(j)) != null;
    }

    /** "ASEAN-Australia", "ASEAN – Nhật Bản", "ASEAN với Ấn Độ": an ASEAN+1 framework. */
    private int partner(List<Token> tokens, int j, Name name) {
        if (!tokens.get(j).is("asean") || j + 2 >= tokens.size()) {
            return j;
        }
        Token link = tokens.get(j + 1);
        if (!(link.isDash() || link.is("với") || link.is("with"))) {
            return j;
        }
        PhraseTable.Match<Country> country = lexicon.countries.matchAt(tokens, j + 2);
        if (country == null || !country.value().partner()) {
            return j;
        }
        name.framework(new FrameworkName("ASEAN+1", null), country.value());
        return country.to();
    }

    /** An abbreviation in brackets after a name, "(SOM)", "(EAS)", "(AMM-54)": its parts count. */
    private int bracket(List<Token> tokens, int open, Name name) {
        if (open >= tokens.size() || !tokens.get(open).is("(")) {
            return open;
        }
        int close = -1;
        for (int k = open + 1; k < Math.min(tokens.size(), open + 8); k++) {
            if (tokens.get(k).is(")")) {
                close = k;
                break;
            }
            Token t = tokens.get(k);
            if (!(t.isAllCaps() || t.isNumber() || t.is("+") || t.isDash() || t.is("/"))) {
                return open;
            }
        }
        if (close < 0 || close == open + 1) {
            return open;
        }
        forward(tokens, open + 1, close, name);
        return close + 1;
    }

    private void add(Sentence sentence, int from, int end, Name name, List<MeetingMention> found, boolean[] taken) {
        if (name.content == 0 || end <= from) {
            return;
        }
        for (int k = from; k < end; k++) {
            taken[k] = true;
        }
        Level level = name.level != null ? name.level : name.implied;
        List<FrameworkName> frameworks = new ArrayList<>(name.frameworks);
        List<Country> partners = new ArrayList<>(name.partners);
        if (frameworks.isEmpty() && !name.plural && !name.generic
                && (!name.ordinals.isEmpty() || !name.modifiers.isEmpty() || name.abbreviation)) {
            frameworks.add(new FrameworkName("ASEAN", null)); // "Hội nghị Bộ trưởng Ngoại giao lần thứ 54", "SOM"
            partners.add(null);
        }
        boolean blocker = name.otherKind || name.generic || frameworks.isEmpty() || (level == null && name.modifiers.isEmpty());
        if (blocker) {
            found.add(new MeetingMention(sentence, from, end, null, null, List.of()));
            return;
        }
        for (int i = 0; i < frameworks.size(); i++) {
            Lexicon.Series series = lexicon.series(level, frameworks.get(i).family(), name.modifiers);
            found.add(new MeetingMention(sentence, from, end, series, partners.get(i), List.copyOf(name.ordinals)));
        }
    }
}
