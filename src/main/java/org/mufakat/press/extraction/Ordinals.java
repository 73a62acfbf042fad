package org.mufakat.press.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ordinals of meetings: "lần thứ 57", "lần thứ 44, 45", "lần thứ 44 và 45", "thứ 57", "lần thứ nhất", "57th",
 * "44th and 45th", "44th/45th", "first". Token scanners, no regular expressions.
 */
public final class Ordinals {

    private static final Map<String, Integer> VIETNAMESE = Map.ofEntries(Map.entry("nhất", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("tư", 4), Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6),
            Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10));

    private static final Map<String, Integer> ENGLISH = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12));

    /** Ordinals and the token after them. */
    public record Found(List<Integer> values, int to) {
    }

    private Ordinals() {
    }

    /** A Vietnamese ordinal ("lần thứ 44, 45") starting at token i, or null. */
    public static Found vietnamese(List<Token> tokens, int i) {
        int j = i;
        if (j < tokens.size() && tokens.get(j).is("lần")) {
            j++;
        }
        if (j >= tokens.size() || !tokens.get(j).is("thứ")) {
            return null;
        }
        j++;
        Integer first = vietnameseNumber(tokens, j);
        if (first == null) {
            return null;
        }
        List<Integer> values = new ArrayList<>(List.of(first));
        j++;
        // ", 45", "và 45", "- 45"
        while (j + 1 < tokens.size() && (tokens.get(j).is(",") || tokens.get(j).is("và") || tokens.get(j).is("-")
                || tokens.get(j).is("–") || tokens.get(j).is("&") || tokens.get(j).is("/")) && tokens.get(j + 1).isNumber()) {
            Integer next = number(tokens.get(j + 1));
            if (next == null || values.size() >= 4) {
                break;
            }
            values.add(next);
            j += 2;
        }
        return new Found(values, j);
    }

    private static Integer vietnameseNumber(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.isNumber()) {
            return number(t);
        }
        return VIETNAMESE.get(t.key());
    }

    private static Integer number(Token t) {
        int value = t.intValue();
        return value >= 1 && value <= 999 ? value : null;
    }

    /** The value of one English ordinal token ("57th", "first"), or null. */
    public static Integer english(Token t) {
        if (!t.isWord()) {
            return null;
        }
        Integer word = ENGLISH.get(t.key());
        if (word != null) {
            return word;
        }
        String s = t.key();
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return null;
        }
        String suffix = s.substring(digits);
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return null;
        }
        int value = Integer.parseInt(s.substring(0, digits));
        return value >= 1 ? value : null;
    }

    /** English ordinals starting at token i: "44th and 45th", "44th, 45th", "44th/45th", "57th". */
    public static Found englishList(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Integer first = english(tokens.get(i));
        if (first == null) {
            return null;
        }
        List<Integer> values = new ArrayList<>(List.of(first));
        int j = i + 1;
        while (j + 1 < tokens.size() && (tokens.get(j).is("and") || tokens.get(j).is(",") || tokens.get(j).is("&")
                || tokens.get(j).is("/") || tokens.get(j).is("-") || tokens.get(j).is("–")) && english(tokens.get(j + 1)) != null
                && values.size() < 4) {
            values.add(english(tokens.get(j + 1)));
            j += 2;
        }
        return new Found(values, j);
    }
}
