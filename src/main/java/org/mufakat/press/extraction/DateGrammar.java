package org.mufakat.press.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dates as Vietnamese and English reports write them, by scanning tokens (no regular expressions):
 * "21-22/8/2024", "từ ngày 8-11/10/2024", "từ 2-6/8/2021", "ngày 29/7", "28/7/1995-28/7/2021", "30/9 - 03/10/2025",
 * "ngày 8 tháng 10 năm 2024", "tháng 11/2018", "tháng 4 năm 2024", "8/2024" (a month), "7 October",
 * "9-11 October 2024", "8 to 11 October 2024", "October 8-11, 2024", "July 25, 2024", "November 2018".
 * A day and month without a year ("29/7") counts only after a word that introduces dates ("ngày", "từ", "sáng"...),
 * so that fractions and scores are not read as dates.
 */
public final class DateGrammar {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    /** Words after which a bare day and month ("29/7") is a date. */
    private static final Set<String> DATE_INTRODUCERS = Set.of("ngày", "từ", "đến", "tới", "sáng", "chiều", "tối", "trưa",
            "đêm", "hôm", "và", "-", "–", ",", "(", "on", "since", "until", "to", "from", "by", "nay", "qua", "mai", "lúc");

    private static final Set<String> RANGE_LINKS = Set.of("-", "–", "—", "đến", "tới", "to", "until", "till", "and", "through");

    private DateGrammar() {
    }

    public static List<DateMention> scan(List<Token> tokens) {
        List<DateMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            DateMention mention = at(tokens, i);
            if (mention != null) {
                found.add(mention);
                i = mention.to();
            } else {
                i++;
            }
        }
        return found;
    }

    private static DateMention at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            DateMention numeric = numeric(tokens, i);
            if (numeric != null) {
                return numeric;
            }
            return englishDayFirst(tokens, i);
        }
        if (t.isWord()) {
            if (t.is("tháng")) {
                return vietnameseMonth(tokens, i);
            }
            if (t.is("ngày") && i + 2 < tokens.size() && tokens.get(i + 1).isNumber() && tokens.get(i + 2).is("tháng")) {
                return vietnameseWords(tokens, i + 1, i);
            }
            if (dayNumber(t) > 0) {
                return englishDayFirst(tokens, i);
            }
            Integer month = month(tokens, i);
            if (month != null) {
                return englishMonthFirst(tokens, i, month);
            }
        }
        return null;
    }

    // ---- Vietnamese and numeric -----------------------------------------------------------------------------

    /** d/m/y, d/m, m/y and the ranges built of them. */
    private static DateMention numeric(List<Token> tokens, int i) {
        if (i > 0 && (tokens.get(i - 1).is("/") || tokens.get(i - 1).is(".")) && !tokens.get(i).spaceBefore()) {
            return null; // the tail of "31/2/2024", which is no date
        }
        Slash first = slash(tokens, i);
        if (first == null) {
            // "21-22/8/2024", "8 - 11/10/2024", "từ 8 đến 11/10/2024": a day, a link, then a full date.
            int link = i + 1;
            if (link < tokens.size() && RANGE_LINKS.contains(tokens.get(link).key()) && link + 1 < tokens.size()) {
                int next = link + 1;
                if (tokens.get(next).is("ngày")) {
                    next++;
                }
                Slash second = slash(tokens, next);
                int day = tokens.get(i).intValue();
                if (second != null && second.day != null && day >= 1 && day <= 31 && day < second.day
                        && PartialDate.valid(second.year, second.month, day)) {
                    return new DateMention(i, second.to, new PartialDate(second.year, second.month, day),
                            new PartialDate(second.year, second.month, second.day));
                }
            }
            return null;
        }
        if (first.day == null) {
            // "8/2024", "(8/2024- 7/2027)"
            int link = first.to;
            if (link + 1 < tokens.size() && RANGE_LINKS.contains(tokens.get(link).key())) {
                Slash second = slash(tokens, link + 1);
                if (second != null && second.day == null) {
                    return new DateMention(i, second.to, new PartialDate(first.year, first.month, null),
                            new PartialDate(second.year, second.month, null));
                }
            }
            return new DateMention(i, first.to, new PartialDate(first.year, first.month, null), null);
        }
        // A range "d/m[/y] - d/m/y".
        int link = first.to;
        if (link < tokens.size() && RANGE_LINKS.contains(tokens.get(link).key())) {
            int next = link + 1;
            if (next < tokens.size() && tokens.get(next).is("ngày")) {
                next++;
            }
            Slash second = slash(tokens, next);
            if (second != null && second.day != null) {
                Integer startYear = first.year != null ? first.year : second.year;
                if (PartialDate.valid(startYear, first.month, first.day)) {
                    return new DateMention(i, second.to, new PartialDate(startYear, first.month, first.day),
                            new PartialDate(second.year, second.month, second.day));
                }
            }
        }
        if (first.year == null && (i == 0 || !DATE_INTRODUCERS.contains(tokens.get(i - 1).key()))) {
            return null;
        }
        return new DateMention(i, first.to, new PartialDate(first.year, first.month, first.day), null);
    }

    private record Slash(Integer year, int month, Integer day, int to) {
    }

    /** "d/m/y", "d/m" or "m/y" written without spaces, starting at token i. */
    private static Slash slash(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i).isNumber()) {
            return null;
        }
        Token slash1 = tokens.get(i + 1);
        Token second = tokens.get(i + 2);
        boolean dash = slash1.is("-");
        if (!(slash1.is("/") || slash1.is(".") || dash) || slash1.spaceBefore() || !second.isNumber() || second.spaceBefore()) {
            return null;
        }
        if (dash) {
            return dashed(tokens, i);
        }
        String separator = slash1.key();
        int a = tokens.get(i).intValue();
        int b = second.intValue();
        if (tokens.get(i).text().length() > 2) {
            return null;
        }
        if (i + 4 < tokens.size() && tokens.get(i + 3).is(separator) && !tokens.get(i + 3).spaceBefore()
                && tokens.get(i + 4).isNumber() && !tokens.get(i + 4).spaceBefore()) {
            int y = year(tokens.get(i + 4));
            if (y > 0 && second.text().length() <= 2 && PartialDate.valid(y, b, a)) {
                return new Slash(y, b, a, i + 5);
            }
            return null;
        }
        if (separator.equals(".")) {
            return null; // "5.000" is a number, not a date
        }
        if (second.text().length() == 4) {
            int y = year(second);
            return y > 0 && PartialDate.valid(y, a, null) ? new Slash(y, a, null, i + 3) : null;
        }
        if (second.text().length() <= 2 && PartialDate.valid(null, b, a)) {
            return new Slash(null, b, a, i + 3);
        }
        return null;
    }

    /**
     * "25-7-2024" (as Nhân Dân and Quân đội nhân dân write dates), and "25-7" after a word that introduces a date;
     * never "21-22/8/2024", which is a range of days.
     */
    private static Slash dashed(List<Token> tokens, int i) {
        int a = tokens.get(i).intValue();
        int b = tokens.get(i + 2).intValue();
        if (tokens.get(i).text().length() > 2 || tokens.get(i + 2).text().length() > 2) {
            return null;
        }
        if (i + 3 < tokens.size() && (tokens.get(i + 3).is("/") || tokens.get(i + 3).is(".")) && !tokens.get(i + 3).spaceBefore()) {
            return null;
        }
        if (i + 4 < tokens.size() && tokens.get(i + 3).is("-") && !tokens.get(i + 3).spaceBefore() && !tokens.get(i + 4).spaceBefore()) {
            int y = year(tokens.get(i + 4));
            return y > 0 && PartialDate.valid(y, b, a) ? new Slash(y, b, a, i + 5) : null;
        }
        boolean introduced = i > 0 && (tokens.get(i - 1).is("ngày") || tokens.get(i - 1).is("sáng") || tokens.get(i - 1).is("chiều")
                || tokens.get(i - 1).is("tối") || tokens.get(i - 1).is("trưa") || tokens.get(i - 1).is("đêm") || tokens.get(i - 1).is("hôm"));
        return introduced && PartialDate.valid(null, b, a) ? new Slash(null, b, a, i + 3) : null;
    }

    private static int year(Token token) {
        if (!token.isNumber() || token.text().length() != 4) {
            return -1;
        }
        int y = token.intValue();
        return y >= 1900 && y <= 2200 ? y : -1;
    }

    /** "tháng 11/2018", "tháng 4 năm 2024", "tháng 7". */
    private static DateMention vietnameseMonth(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isNumber()) {
            return null;
        }
        Slash slash = slash(tokens, i + 1);
        if (slash != null && slash.day == null) {
            return new DateMention(i, slash.to, new PartialDate(slash.year, slash.month, null), null);
        }
        int month = tokens.get(i + 1).intValue();
        if (month < 1 || month > 12 || slash != null) {
            return null;
        }
        if (i + 3 < tokens.size() && tokens.get(i + 2).is("năm") && year(tokens.get(i + 3)) > 0) {
            return new DateMention(i, i + 4, new PartialDate(year(tokens.get(i + 3)), month, null), null);
        }
        return new DateMention(i, i + 2, new PartialDate(null, month, null), null);
    }

    /** "ngày 8 tháng 10 năm 2024", "8 tháng 10". */
    private static DateMention vietnameseWords(List<Token> tokens, int day, int from) {
        int d = tokens.get(day).intValue();
        if (day + 2 >= tokens.size() || !tokens.get(day + 2).isNumber()) {
            return null;
        }
        int month = tokens.get(day + 2).intValue();
        Integer y = null;
        int to = day + 3;
        if (to + 1 < tokens.size() && tokens.get(to).is("năm") && year(tokens.get(to + 1)) > 0) {
            y = year(tokens.get(to + 1));
            to += 2;
        }
        return PartialDate.valid(y, month, d) ? new DateMention(from, to, new PartialDate(y, month, d), null) : null;
    }

    // ---- English --------------------------------------------------------------------------------------------

    private static Integer month(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) {
            return null;
        }
        Integer month = MONTHS.get(t.key());
        if (month != null && month == 5 && !t.text().equals("May")) {
            return null;
        }
        if (month != null && t.key().length() == 3 && t.key().equals("mar") && !t.text().equals("Mar")) {
            return null;
        }
        return month;
    }

    /** 1..31 from "7", "7th", "1st": else 0. */
    private static int dayNumber(Token t) {
        String s = t.key();
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return 0;
        }
        String suffix = s.substring(digits);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return 0;
        }
        int day = Integer.parseInt(s.substring(0, digits));
        return day >= 1 && day <= 31 ? day : 0;
    }

    private static int skipDot(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).is(".") && !tokens.get(i).spaceBefore() ? i + 1 : i;
    }

    /** "7 October", "9-11 October 2024", "8 to 11 October 2024", "30 September - 3 October 2025". */
    private static DateMention englishDayFirst(List<Token> tokens, int i) {
        int day = dayNumber(tokens.get(i));
        if (day == 0 || i + 1 >= tokens.size()) {
            return null;
        }
        int j = i + 1;
        Integer endDay = null;
        if (RANGE_LINKS.contains(tokens.get(j).key()) && j + 1 < tokens.size() && dayNumber(tokens.get(j + 1)) > 0) {
            endDay = dayNumber(tokens.get(j + 1));
            j += 2;
        }
        if (j >= tokens.size() || tokens.get(j).is("of")) {
            j = j < tokens.size() && tokens.get(j).is("of") ? j + 1 : j;
        }
        if (j >= tokens.size()) {
            return null;
        }
        Integer month = month(tokens, j);
        if (month == null) {
            return null;
        }
        j = skipDot(tokens, j + 1);
        // "30 September - 3 October 2025"
        if (endDay == null && j + 2 < tokens.size() && RANGE_LINKS.contains(tokens.get(j).key()) && dayNumber(tokens.get(j + 1)) > 0) {
            Integer endMonth = month(tokens, j + 2);
            if (endMonth != null) {
                int k = skipDot(tokens, j + 3);
                Integer y = k < tokens.size() && year(tokens.get(k)) > 0 ? year(tokens.get(k)) : null;
                int to = y != null ? k + 1 : k;
                int d2 = dayNumber(tokens.get(j + 1));
                if (PartialDate.valid(y, month, day) && PartialDate.valid(y, endMonth, d2)) {
                    return new DateMention(i, to, new PartialDate(y, month, day), new PartialDate(y, endMonth, d2));
                }
            }
        }
        if (j < tokens.size() && tokens.get(j).is(",")) {
            j++;
        }
        Integer y = j < tokens.size() && year(tokens.get(j)) > 0 ? year(tokens.get(j)) : null;
        int to = y != null ? j + 1 : (tokens.get(j - 1).is(",") ? j - 1 : j);
        if (!PartialDate.valid(y, month, day) || (endDay != null && (!PartialDate.valid(y, month, endDay) || endDay <= day))) {
            return null;
        }
        return new DateMention(i, to, new PartialDate(y, month, day), endDay == null ? null : new PartialDate(y, month, endDay));
    }

    /** "October 8-11, 2024", "July 25, 2024", "Jan. 29", "November 2018". */
    private static DateMention englishMonthFirst(List<Token> tokens, int i, int month) {
        int j = skipDot(tokens, i + 1);
        if (j >= tokens.size()) {
            return null;
        }
        if (year(tokens.get(j)) > 0) {
            return new DateMention(i, j + 1, new PartialDate(year(tokens.get(j)), month, null), null);
        }
        int day = dayNumber(tokens.get(j));
        if (day == 0) {
            return null;
        }
        j++;
        Integer endDay = null;
        if (j + 1 < tokens.size() && RANGE_LINKS.contains(tokens.get(j).key()) && dayNumber(tokens.get(j + 1)) > 0) {
            endDay = dayNumber(tokens.get(j + 1));
            j += 2;
        }
        int to = j;
        Integer y = null;
        if (j + 1 < tokens.size() && tokens.get(j).is(",") && year(tokens.get(j + 1)) > 0) {
            y = year(tokens.get(j + 1));
            to = j + 2;
        } else if (j < tokens.size() && year(tokens.get(j)) > 0) {
            y = year(tokens.get(j));
            to = j + 1;
        }
        if (!PartialDate.valid(y, month, day) || (endDay != null && (!PartialDate.valid(y, month, endDay) || endDay <= day))) {
            return null;
        }
        return new DateMention(i, to, new PartialDate(y, month, day), endDay == null ? null : new PartialDate(y, month, endDay));
    }
}
