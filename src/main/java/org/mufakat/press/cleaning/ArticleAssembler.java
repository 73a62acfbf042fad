package org.mufakat.press.cleaning;

import org.mufakat.press.extraction.DateGrammar;
import org.mufakat.press.extraction.DateMention;
import org.mufakat.press.extraction.Folding;
import org.mufakat.press.extraction.Lexicon;
import org.mufakat.press.extraction.Token;
import org.mufakat.press.extraction.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes the article out of a page's blocks, whatever the site: the title (the first block, joined with the next
 * when it ends in a colon), a dateline near the top (the publication date), the source line ("Nguồn VietnamNet:
 * ...", "(Nguồn http://...)"), and the paragraphs, leaving out repeated titles, photo captions ("(Ảnh: TTXVN)") and
 * paragraphs that repeat a sentence of another (a caption under a photo), share and rating widgets, visitor
 * counters, lines of links, bylines, and everything after the end of the article: related-story lists ("Cùng
 * chuyên mục", "Tin đọc nhiều", "Có thể bạn quan tâm"), footers, "mobile version" lines. Linear in the page.
 */
public final class ArticleAssembler {

    private static final int PROSE = 150;
    /** Site footers found anywhere in a short line ("Mobile VersionPhiên bản di động", "© 2024 Báo X"). */
    private static final List<String> FOOTERS = List.of("phien ban di dong", "mobile version", "ban quyen", "copyright", "giay phep so",
            "co quan chu quan", "all rights reserved", "©");
    private static final int LOOK_AHEAD = 12;

    private final List<String> endMarkers;
    private final List<String> lineNoise;
    private final List<String[]> noisePhrases;
    private final List<String> captions;
    private final List<String> sources;

    public ArticleAssembler(Lexicon lexicon) {
        this.endMarkers = lexicon.boilerplate("end");
        this.lineNoise = lexicon.boilerplate("line");
        this.noisePhrases = lineNoise.stream().map(p -> p.split(" ")).sorted((a, b) -> b.length - a.length).toList();
        this.captions = lexicon.boilerplate("caption");
        this.sources = lexicon.boilerplate("source");
    }

    private enum Marker { END, SOURCE }

    public Article assemble(List<Block> blocks, String knownTitle, LocalDate knownPublished, String knownSource) {
        int i = 0;
        Set<String> titleParts = new HashSet<>();
        String title = knownTitle == null || knownTitle.isBlank() ? null : knownTitle.strip();
        if (title == null) {
            while (i < blocks.size() && blocks.get(i).text().isBlank()) {
                i++;
            }
            if (i < blocks.size() && blocks.get(i).text().length() <= 300) {
                title = blocks.get(i).text().strip();
                titleParts.add(Folding.fold(title));
                i++;
                if (title.endsWith(":") && i < blocks.size() && blocks.get(i).text().length() <= 200) {
                    titleParts.add(Folding.fold(blocks.get(i).text()));
                    title = title + " " + blocks.get(i).text().strip();
                    i++;
                }
            }
        }
        if (title != null) {
            titleParts.add(Folding.fold(title));
        }
        LocalDate published = knownPublished;
        String source = knownSource;
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int bodyChars = 0;
        int top = i;
        for (int k = i; k < blocks.size(); k++) {
            Block block = blocks.get(k);
            String text = block.text().strip();
            String folded = Folding.fold(text);
            if (folded.isEmpty() || titleParts.contains(folded) || block.kind() == Block.Kind.CAPTION) {
                continue;
            }
            if (k < top + 5 && kept.isEmpty()) {
                LocalDate date = dateline(text);
                if (date != null) {
                    published = published == null ? date : published;
                    continue;
                }
            }
            Marker marker = marker(folded);
            if (marker != null) {
                if (marker == Marker.SOURCE && source == null) {
                    source = sourceOf(text);
                }
                if (bodyChars >= 200 && (marker == Marker.SOURCE || !inlineBox(blocks, k))) {
                    break;
                }
                continue;
            }
            if (caption(folded) || noise(folded) || block.linkDensity() > 0.5 || unpunctuatedLong(text) || counter(text)
                    || !seen.add(folded)) {
                continue;
            }
            if (kept.isEmpty()) {
                text = withoutLeadPrefix(text);
            }
            kept.add(text);
            bodyChars += text.length();
        }
        List<String> paragraphs = withoutRepeatedSentences(kept);
        dropByline(paragraphs);
        List<String> tidy = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            tidy.add(p.endsWith("./.") ? p.substring(0, p.length() - 2) : p);
        }
        return new Article(title, published, source, tidy);
    }

    /** A short line near the top that is a date and time and little else: "26/07/2024 17:13", "Thứ Sáu, 26/07/2024 - 17:13 (GMT+7)". */
    static LocalDate dateline(String text) {
        if (text.length() > 80) {
            return null;
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        List<DateMention> dates = DateGrammar.scan(tokens);
        if (dates.isEmpty()) {
            return null;
        }
        DateMention date = dates.getFirst();
        LocalDate day = date.start().toDate();
        if (day == null) {
            return null;
        }
        int words = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if ((t < date.from() || t >= date.to()) && tokens.get(t).isWord() && !DATELINE_WORDS.contains(tokens.get(t).key())) {
                words++;
            }
        }
        return words <= 4 ? day : null; // "Vientiane, Lao PDR, 9 October 2024", "Thứ Bảy, 18/01/2025 - 20:15"
    }

    private static final Set<String> DATELINE_WORDS = Set.of("thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "gmt",
            "cập", "nhật", "đăng", "lúc", "ngày", "giờ", "published", "updated", "posted", "on", "at", "am", "pm", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ict", "utc", "sáng", "chiều", "tối");

    private Marker marker(String folded) {
        for (String phrase : sources) {
            if (folded.startsWith(phrase) && (folded.length() < 200 || folded.contains("http"))) {
                if (phrase.startsWith("theo") && folded.split(" ").length > 6) {
                    continue;
                }
                return Marker.SOURCE;
            }
        }
        int words = wordCount(folded);
        if (words <= 8) {
            for (String footer : FOOTERS) {
                if (folded.contains(footer)) {
                    return Marker.END;
                }
            }
        }
        for (String phrase : endMarkers) {
            if (!folded.startsWith(phrase)) {
                continue;
            }
            if (folded.length() == phrase.length()) {
                return Marker.END;
            }
            char next = folded.charAt(phrase.length());
            if (Character.isLetterOrDigit(next)) {
                continue;
            }
            if (next == ':' && words <= 30 || words <= wordCount(phrase) + 6) {
                return Marker.END;
            }
        }
        return null;
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    /** A related-stories box inside the article: prose goes on after it before any other marker. */
    private boolean inlineBox(List<Block> blocks, int marker) {
        int prose = 0;
        for (int k = marker + 1; k < Math.min(blocks.size(), marker + 1 + LOOK_AHEAD); k++) {
            String text = blocks.get(k).text().strip();
            if (marker(Folding.fold(text)) != null) {
                return false;
            }
            if (text.length() >= PROSE && endsSentence(text) && !text.endsWith("...") && !text.endsWith("…")) {
                prose++;
            }
        }
        return prose >= 2;
    }

    private static String sourceOf(String text) {
        int http = text.indexOf("http");
        if (http >= 0) {
            int end = http;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ')') {
                end++;
            }
            return text.substring(http, end);
        }
        String stripped = text.strip();
        if (stripped.startsWith("(") && stripped.endsWith(")")) {
            stripped = stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    private boolean caption(String folded) {
        for (String phrase : captions) {
            int at = folded.indexOf(phrase);
            if (at == 0 || (at > 0 && folded.length() - at <= 60)) {
                return true;
            }
        }
        return false;
    }

    /** Share buttons, ratings, "Zalo": a short block of nothing but widget words and symbols. */
    private boolean noise(String folded) {
        if (folded.length() > 160) {
            return false;
        }
        // Every word must belong to a widget phrase; symbols and digits do not count.
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        int w = 0;
        outer:
        while (w < words.size()) {
            for (String[] phrase : noisePhrases) {
                if (w + phrase.length <= words.size()) {
                    boolean all = true;
                    for (int k = 0; k < phrase.length && all; k++) {
                        all = words.get(w + k).equals(phrase[k]);
                    }
                    if (all) {
                        w += phrase.length;
                        continue outer;
                    }
                }
            }
            return false;
        }
        return true;
    }

    /** Headlines run together: long, with no full stop inside or at the end. */
    private static boolean unpunctuatedLong(String text) {
        if (text.length() <= 100 || endsSentence(text)) {
            return false;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?…\"”»)';:".indexOf(last) >= 0;
    }

    /** "• Tất cả: 86671928", "Online: 123": a short block mostly of digits. */
    private static boolean counter(String text) {
        if (text.length() > 60) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return digits >= 5 && digits >= letters;
    }

    /** "VOV.VN - Ngày 29/7 ...", "HÀ NỘI (TTXVN) – ...": the agency or place before the first sentence. */
    private static String withoutLeadPrefix(String text) {
        int limit = Math.min(text.length(), 60);
        for (int i = 1; i + 2 < limit; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                String prefix = text.substring(0, i - 1);
                String rest = text.substring(i + 2);
                if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && agency(prefix)) {
                    return rest;
                }
                return text;
            }
        }
        return text;
    }

    /**
     * "VOV.VN", "HÀ NỘI (TTXVN)", "Vientiane (VNA)", "Hanoi, July 25 (VNA)": a few words naming a site or an agency
     * (a domain, an abbreviation in brackets, or capitals only).
     */
    private static boolean agency(String prefix) {
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        if (wordCount(prefix) > 6) {
            return false;
        }
        if (lower.contains(".vn") || lower.contains(".com") || lower.contains(".net") || lower.contains(".org")) {
            return true;
        }
        int open = prefix.indexOf('(');
        int close = prefix.indexOf(')');
        if (open >= 0 && close > open && Tokenizer.tokenize(prefix.substring(open + 1, close)).stream()
                .allMatch(t -> t.isAllCaps() || t.is("&") || t.is("/") || t.is("."))) {
            return true;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.isLowerCase(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops a paragraph that repeats the start of a sentence of another paragraph (a photo caption made of the lead
     * sentence). Paragraphs are found by the first eight words of every sentence, so the check is linear.
     */
    static List<String> withoutRepeatedSentences(List<String> paragraphs) {
        Map<String, List<int[]>> starts = new HashMap<>();
        List<String> folded = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            String f = Folding.fold(paragraphs.get(p));
            folded.add(f);
            int offset = 0;
            while (offset < f.length()) {
                String key = firstWords(f, offset, 8);
                if (key != null) {
                    List<int[]> at = starts.computeIfAbsent(key, x -> new ArrayList<>());
                    if (at.size() < 8) {
                        at.add(new int[]{p, offset});
                    }
                }
                int next = f.indexOf(". ", offset);
                if (next < 0) {
                    break;
                }
                offset = next + 2;
            }
        }
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            String f = folded.get(p);
            boolean repeated = false;
            String key = wordCount(f) >= 6 && wordCount(f) <= 80 ? firstWords(f, 0, 8) : null;
            if (key != null) {
                for (int[] at : starts.getOrDefault(key, List.of())) {
                    String other = folded.get(at[0]);
                    if (at[0] != p && other.length() > f.length() && other.startsWith(stripEnd(f), at[1])) {
                        repeated = true;
                        break;
                    }
                }
            }
            if (!repeated) {
                out.add(paragraphs.get(p));
            }
        }
        return out;
    }

    private static String stripEnd(String f) {
        int end = f.length();
        while (end > 0 && !Character.isLetterOrDigit(f.charAt(end - 1))) {
            end--;
        }
        return f.substring(0, end);
    }

    private static String firstWords(String f, int offset, int n) {
        int words = 0;
        int i = offset;
        while (i < f.length()) {
            if (f.charAt(i) == ' ') {
                words++;
                if (words == n) {
                    return f.substring(offset, i);
                }
            }
            i++;
        }
        return words >= 5 ? f.substring(offset) : null;
    }

    /** The author's name alone on the last line. */
    private static void dropByline(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return;
        }
        String last = paragraphs.getLast().strip();
        List<Token> tokens = Tokenizer.tokenize(last);
        if (tokens.isEmpty() || tokens.size() > 5 || last.length() > 50) {
            return;
        }
        for (Token t : tokens) {
            if (!t.isWord() || !t.startsUpper()) {
                return;
            }
        }
        paragraphs.removeLast();
    }
}
