package org.mufakat.press.extraction;

import org.mufakat.press.HeadOfDelegationFact;
import org.mufakat.press.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people a report says led a delegation or chaired a meeting, from the verbs that say so: "dẫn đầu",
 * "làm Trưởng đoàn", "chủ trì", "led", "headed", "chaired", active ("X, Trưởng SOM, dẫn đầu đoàn Việt Nam"),
 * passive ("Đoàn Việt Nam do X dẫn đầu", "the delegation was led by X") or nominal ("dưới sự chủ trì của X"). The
 * one who leads is the person nearest the verb: a minister on whose authority another leads ("Được sự ủy quyền của
 * Bộ trưởng ..., Thứ trưởng ... dẫn đầu") is not a head. People who are only quoted or interviewed are never
 * heads. A title runs from a title word to the name; titles set off by commas around the name belong to it.
 */
public final class HeadRecogniser {

    private enum Kind { LEAD, CHAIR, CO_CHAIR, LEAD_BY, CHAIR_BY, ATTEND }

    private static final int MAX_NAME = 5;
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", ".", "!", "?", "\"");
    private static final Set<String> DELEGATION = Set.of("đoàn", "delegation");

    private final Lexicon lexicon;
    private final PhraseTable<Kind> triggers = new PhraseTable<>();

    public HeadRecogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String lead : List.of("dẫn đầu", "làm trưởng đoàn", "là trưởng đoàn", "làm trưởng phái đoàn", "led", "headed", "leads",
                "heads", "is leading", "was leading")) {
            triggers.add(lead, Kind.LEAD);
        }
        for (String chair : List.of("chủ trì", "chaired", "chairs", "presided over")) {
            triggers.add(chair, Kind.CHAIR);
        }
        for (String coChair : List.of("đồng chủ trì", "co-chaired", "co-chairs")) {
            triggers.add(coChair, Kind.CO_CHAIR);
        }
        for (String by : List.of("led by", "headed by")) {
            triggers.add(by, Kind.LEAD_BY);
        }
        for (String by : List.of("chaired by", "co-chaired by", "presided over by")) {
            triggers.add(by, Kind.CHAIR_BY);
        }
        for (String attend : List.of("dự", "tham dự", "đã dự", "đã tham dự", "attended", "attends", "is attending", "joined")) {
            triggers.add(attend, Kind.ATTEND);
        }
    }

    private record Person(String name, String title, String country) {
    }

    public List<HeadOfDelegationFact> find(List<Sentence> sentences, String chairCountry) {
        Map<String, HeadOfDelegationFact> heads = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            if (sentence.title()) {
                continue;
            }
            List<Token> tokens = sentence.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                PhraseTable.Match<Kind> trigger = triggers.matchAt(tokens, k);
                if (trigger == null || (k > 0 && tokens.get(k - 1).isDash())) {
                    continue; // "ASEAN-led"
                }
                Kind kind = trigger.value();
                boolean chair = kind == Kind.CHAIR || kind == Kind.CHAIR_BY || kind == Kind.CO_CHAIR;
                Person person;
                if (kind == Kind.ATTEND) {
                    person = attendee(tokens, k, trigger.to());
                } else if (kind == Kind.LEAD_BY || kind == Kind.CHAIR_BY) {
                    person = after(tokens, trigger.to());
                } else if (k > 0 && tokens.get(k - 1).is("sự")) {
                    int of = trigger.to() < tokens.size() && tokens.get(trigger.to()).is("của") ? trigger.to() + 1 : -1;
                    person = of < 0 ? null : after(tokens, of);
                } else {
                    int by = tokens.get(k).isAscii() ? -1 : passiveDo(tokens, k);
                    person = by >= 0 ? before(tokens, by + 1, k) : before(tokens, clauseStart(tokens, k), k);
                }
                if (person == null) {
                    continue;
                }
                String country = delegationCountry(tokens, k, trigger.to());
                if (country == null) {
                    country = person.country();
                }
                if (country == null && chair && kind != Kind.CO_CHAIR) {
                    country = chairCountry;
                }
                if (country == null && lexicon.vietnameseFamilyNames.contains(person.name().split(" ")[0])) {
                    country = lexicon.country("VNM").name();
                }
                String key = Folding.fold(person.name());
                String role = kind == Kind.CO_CHAIR ? "co-chair" : chair ? "chair" : kind == Kind.ATTEND ? "attended" : "led_delegation";
                if (!heads.containsKey(key)) {
                    heads.put(key, new HeadOfDelegationFact(person.name(), person.title(), country, role, new Span(sentence.start(), sentence.end())));
                }
                k = trigger.to() - 1;
            }
        }
        // Someone who attended heads the delegation only when the report names no one who led or chaired for that country.
        List<HeadOfDelegationFact> found = new ArrayList<>();
        for (HeadOfDelegationFact head : heads.values()) {
            if (head.role().equals("attended")) {
                boolean led = false;
                for (HeadOfDelegationFact other : heads.values()) {
                    led |= !other.role().equals("attended") && java.util.Objects.equals(other.country(), head.country());
                }
                if (led || head.country() == null) {
                    continue;
                }
            }
            found.add(head);
        }
        return found;
    }

    /**
     * "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN", "Foreign Minister X attended the 57th AMM": a titled person
     * right before the verb, a meeting right after it.
     */
    private Person attendee(List<Token> tokens, int trigger, int after) {
        if (trigger > 0 && (tokens.get(trigger - 1).is("sự") || tokens.get(trigger - 1).isDash())) {
            return null; // "với sự tham dự của", "well-attended"
        }
        boolean meeting = false;
        for (int j = after; j < Math.min(tokens.size(), after + 4); j++) {
            Token t = tokens.get(j);
            meeting |= t.is("hội") || t.is("cuộc") || t.is("phiên") || t.is("amm") || t.is("som") || Ordinals.english(t) != null
                    || t.is("asean") || lexicon.enHeads.matchAt(tokens, j) != null;
        }
        if (!meeting) {
            return null;
        }
        int to = withoutAuxiliaries(tokens, 0, trigger);
        List<int[]> parts = parts(tokens, clauseStart(tokens, to), to);
        int last = parts.size() - 1;
        while (last >= 0 && parts.get(last)[0] >= parts.get(last)[1]) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        int[] part = parts.get(last);
        Person person = person(tokens, part[0], part[1]);
        if (person == null && last > 0 && titleOnly(tokens, part[0], part[1])) {
            return before(tokens, parts.get(last - 1)[0], trigger);
        }
        return person == null || person.title() == null ? null : compose(person, List.of(), List.of(), null);
    }

    /** "Đoàn Việt Nam do X dẫn đầu": the "do" that opens the agent, within the clause. */
    private static int passiveDo(List<Token> tokens, int trigger) {
        for (int j = trigger - 1; j >= 0 && trigger - j < 30; j--) {
            Token t = tokens.get(j);
            if (CLAUSE_BREAKS.contains(t.key())) {
                return -1;
            }
            if (t.text().equals("do")) {
                return j;
            }
        }
        return -1;
    }

    private static int clauseStart(List<Token> tokens, int trigger) {
        int j = trigger - 1;
        while (j >= 0 && trigger - j < 40 && !CLAUSE_BREAKS.contains(tokens.get(j).key())) {
            j--;
        }
        return j + 1;
    }

    private static final Set<String> AUXILIARIES = Set.of("sẽ", "đã", "đang", "vừa", "cũng", "sắp", "will", "has", "have", "had", "also",
            "was", "is", "personally", "trực", "tiếp", "đích", "thân", "would");

    /** "X sẽ dẫn đầu", "X will lead", "X also led", "X dự kiến sẽ tham dự": the person ends before the auxiliaries. */
    private static int withoutAuxiliaries(List<Token> tokens, int from, int to) {
        while (to > from) {
            if (AUXILIARIES.contains(tokens.get(to - 1).key())) {
                to--;
            } else if (to - 2 >= from && tokens.get(to - 2).is("dự") && tokens.get(to - 1).is("kiến")) {
                to -= 2;
            } else {
                break;
            }
        }
        return to;
    }

    /** The person before the verb: comma-separated parts read backwards, titles around the name kept. */
    private Person before(List<Token> tokens, int from, int to) {
        to = withoutAuxiliaries(tokens, from, to);
        List<int[]> parts = parts(tokens, from, to);
        List<String> trailing = new ArrayList<>();
        List<String> leading = new ArrayList<>();
        Person head = null;
        String ofCountry = null;
        for (int p = parts.size() - 1; p >= 0; p--) {
            int[] part = parts.get(p);
            if (part[0] >= part[1]) {
                continue;
            }
            Person person = person(tokens, part[0], part[1]);
            if (person != null) {
                if (head != null) {
                    break;
                }
                head = person;
                continue;
            }
            if (!titleOnly(tokens, part[0], part[1])) {
                break;
            }
            String[] title = stripOf(tokens, part[0], part[1]);
            ofCountry = ofCountry == null ? title[1] : ofCountry;
            if (head == null) {
                trailing.addFirst(title[0]);
            } else {
                leading.addFirst(title[0]);
            }
        }
        return head == null ? null : compose(head, leading, trailing, ofCountry);
    }

    /** The person after "led by": the first part is the person, the title parts after it belong to it. */
    private Person after(List<Token> tokens, int from) {
        int to = from;
        // Sentences are split already: a full stop inside one closes an abbreviation ("H.E."), not the clause.
        while (to < tokens.size() && to - from < 40 && (!CLAUSE_BREAKS.contains(tokens.get(to).key()) || tokens.get(to).is("."))) {
            to++;
        }
        List<int[]> parts = parts(tokens, from, to);
        if (parts.isEmpty()) {
            return null;
        }
        int[] first = parts.getFirst();
        // The longest start of the part that is a title and a name: "Prime Minister Sonexay Siphandone of the Lao PDR".
        Person head = null;
        int end = first[1];
        for (; end > first[0] + 1; end--) {
            head = person(tokens, first[0], end);
            if (head != null) {
                break;
            }
        }
        if (head == null) {
            return null;
        }
        List<String> trailing = new ArrayList<>();
        String ofCountry = null;
        if (end < first[1]) {
            for (int j = end; j < first[1]; j++) {
                PhraseTable.Match<Lexicon.Country> c = lexicon.countries.matchAt(tokens, j);
                if (c != null) {
                    ofCountry = c.value().name(); // "... of the Lao PDR"
                    break;
                }
                if (!tokens.get(j).is("of") && !tokens.get(j).is("the") && !tokens.get(j).is("của")) {
                    break;
                }
            }
        }
        if (end == first[1] || ofCountry != null) {
            for (int p = 1; p < parts.size(); p++) {
                int[] part = parts.get(p);
                if (!titleOnly(tokens, part[0], part[1])) {
                    break;
                }
                String[] title = stripOf(tokens, part[0], part[1]);
                ofCountry = ofCountry == null ? title[1] : ofCountry;
                trailing.add(title[0]);
            }
        }
        return compose(head, List.of(), trailing, ofCountry);
    }

    private Person compose(Person head, List<String> leading, List<String> trailing, String ofCountry) {
        List<String> titles = new ArrayList<>(leading);
        if (head.title() != null) {
            titles.add(head.title());
        }
        titles.addAll(trailing);
        titles.removeIf(t -> t.isBlank() || isHonorific(t));
        String title = titles.isEmpty() ? null : String.join(", ", titles);
        String country = ofCountry != null ? ofCountry : head.country();
        if (country == null && title != null) {
            country = countryIn(title);
        }
        return new Person(head.name(), title, country);
    }

    private static List<int[]> parts(List<Token> tokens, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth = Math.max(0, depth - 1);
            } else if (t.is(",") && depth == 0) {
                parts.add(new int[]{start, j});
                start = j + 1;
            }
        }
        parts.add(new int[]{start, to});
        return parts;
    }

    /**
     * A title (optional) and a name in tokens [from, to): the name is the run of capitalised words at the end that
     * are neither title words nor places, with a leading country taken off ("Lào Saleumxay Kommasith").
     */
    private Person person(List<Token> tokens, int from, int to) {
        while (to > from && tokens.get(to - 1).isPunct()) {
            to--;
        }
        int start = to;
        while (start > from && to - start < MAX_NAME + 2) {
            Token t = tokens.get(start - 1);
            if (!t.isWord() || !t.startsUpper() || t.isAllCaps() || titleWord(tokens, start - 1)) {
                break;
            }
            start--;
        }
        String country = null;
        // A country or nationality before the name belongs to the title.
        int nameStart = start;
        while (nameStart < to) {
            PhraseTable.Match<Lexicon.Country> c = lexicon.countries.matchAt(tokens, nameStart);
            if (c == null) {
                c = lexicon.nationalities.matchAt(tokens, nameStart);
            }
            if (c == null || c.to() > to) {
                break;
            }
            country = c.value().name();
            nameStart = c.to();
        }
        int words = to - nameStart;
        if (words < 2 || words > MAX_NAME) {
            return null;
        }
        for (int j = nameStart; j < to; j++) {
            if (lexicon.cities.matchAt(tokens, j) != null && lexicon.cities.matchAt(tokens, j).to() == to && j == nameStart) {
                return null;
            }
        }
        String name = text(tokens, nameStart, to);
        String title = null;
        if (nameStart > from) {
            String[] stripped = stripOf(tokens, from, nameStart);
            title = stripped[0].isBlank() ? null : stripped[0];
            if (stripped[1] != null) {
                country = stripped[1];
            }
            if (title != null && !hasTitleHead(tokens, from, nameStart)) {
                return null; // "Đoàn Việt Nam Nguyễn Văn A": no title, not a person we can trust
            }
        }
        if (country == null && title != null) {
            country = countryIn(title);
        }
        if (title != null && isHonorific(title)) {
            title = null;
        }
        return new Person(name, title, country);
    }

    /**
     * A capitalised word that belongs to a title, not a name: English title words ("Minister", "Affairs") and one-word
     * title heads ("Ông", "Ambassador"). Vietnamese title syllables are not checked one by one: "Quốc" is a title's
     * ("quốc tế") and a name's ("Nguyễn Quốc Dũng"); a Vietnamese title ends in a lower-case syllable anyway.
     */
    private boolean titleWord(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        PhraseTable.Match<Boolean> head = lexicon.titleHeads.matchAt(tokens, j);
        if (head != null && head.to() == j + 1) {
            return true;
        }
        if (!isAscii(t.text())) {
            return false;
        }
        return lexicon.titleWords.matchAt(tokens, j) != null || head != null;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private boolean hasTitleHead(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (lexicon.titleHeads.matchAt(tokens, j) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHonorific(String title) {
        String key = title.toLowerCase(java.util.Locale.ROOT).replace(".", "").strip();
        return Set.of("ông", "bà", "ngài", "mr", "ms", "mrs", "dr", "he", "his excellency", "her excellency").contains(key);
    }

    /** A part that is a title and nothing else: "Trưởng SOM ASEAN Việt Nam", "Head of ASEAN SOM Viet Nam". */
    private boolean titleOnly(List<Token> tokens, int from, int to) {
        if (from >= to || lexicon.titleHeads.matchAt(tokens, from) == null) {
            return false;
        }
        return person(tokens, from, to) == null;
    }

    /** The title's text without a closing "của Việt Nam" / "of Viet Nam", and that country. */
    private String[] stripOf(List<Token> tokens, int from, int to) {
        while (to > from && tokens.get(to - 1).isPunct() && !tokens.get(to - 1).is(")")) {
            to--;
        }
        for (int j = to - 2; j >= from && j >= to - 6; j--) {
            if (tokens.get(j).is("của") || tokens.get(j).is("of")) {
                int at = j + 1 < to && tokens.get(j + 1).is("the") ? j + 2 : j + 1;
                PhraseTable.Match<Lexicon.Country> country = lexicon.countries.matchAt(tokens, at);
                if (country != null && country.to() == to) {
                    return new String[]{text(tokens, from, j), country.value().name()};
                }
            }
        }
        return new String[]{text(tokens, from, to), null};
    }

    private String countryIn(String title) {
        List<Token> tokens = Tokenizer.tokenize(title);
        String found = null;
        for (int j = 0; j < tokens.size(); j++) {
            PhraseTable.Match<Lexicon.Country> c = lexicon.countries.matchAt(tokens, j);
            if (c == null) {
                c = lexicon.nationalities.matchAt(tokens, j);
            }
            if (c != null && c.value().partyCode() != null) {
                found = c.value().name();
                j = c.to() - 1;
            }
        }
        return found;
    }

    /** "đoàn Việt Nam", "Đoàn Việt Nam do", "the Vietnamese delegation", "the delegation of Viet Nam", near the verb. */
    private String delegationCountry(List<Token> tokens, int trigger, int after) {
        for (int j = Math.max(0, trigger - 30); j < Math.min(tokens.size(), after + 8); j++) {
            if (!DELEGATION.contains(tokens.get(j).key())) {
                continue;
            }
            int next = j + 1;
            if (next < tokens.size() && tokens.get(next).is("of")) {
                next++;
            }
            PhraseTable.Match<Lexicon.Country> c = lexicon.countries.matchAt(tokens, next);
            if (c != null) {
                return c.value().name();
            }
            for (int back = Math.max(0, j - 3); back < j; back++) {
                PhraseTable.Match<Lexicon.Country> n = lexicon.nationalities.matchAt(tokens, back);
                if (n == null) {
                    n = lexicon.countries.matchAt(tokens, back);
                }
                if (n != null && n.to() >= j - 3) { // "Vietnamese delegation", "Viet Nam's delegation"
                    return n.value().name();
                }
            }
        }
        return null;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (j > from && t.spaceBefore()) {
                out.append(' ');
            }
            out.append(t.text());
        }
        return out.toString().strip();
    }
}
