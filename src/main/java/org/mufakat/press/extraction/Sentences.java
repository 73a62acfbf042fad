package org.mufakat.press.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the cleaned text into sentences: at a full stop, question or exclamation mark followed by a space and a
 * capital, a digit or a quote, unless the stop closes an abbreviation or an initial; always at a paragraph break
 * (a blank line). One pass over the tokens.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("tp", "mr", "mrs", "ms", "dr", "st", "no", "h.e", "ts", "ths",
            "pgs", "gs", "vs", "etc", "jr", "sr", "prof", "gen", "col", "capt", "lt", "sen", "rep", "gov",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "v.v", "p", "q");

    private Sentences() {
    }

    /** @param titleEnd the end of the title in {@code text} (its first paragraph), or 0 when it has none */
    public static List<Sentence> split(String text, int titleEnd) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        int length = text.length();
        while (paragraphStart < length) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = length;
            }
            splitParagraph(text, paragraphStart, paragraphEnd, paragraphStart < titleEnd, sentences);
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    private static void splitParagraph(String text, int from, int to, boolean title, List<Sentence> out) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!isStop(token)) {
                continue;
            }
            int last = i;
            // "./." and "..." and ".)" close the same sentence.
            while (last + 1 < tokens.size() && !tokens.get(last + 1).spaceBefore()
                    && (isStop(tokens.get(last + 1)) || tokens.get(last + 1).is("/") || tokens.get(last + 1).is(")")
                    || tokens.get(last + 1).is("\""))) {
                last++;
            }
            if (last + 1 >= tokens.size()) {
                break;
            }
            Token next = tokens.get(last + 1);
            if (!next.spaceBefore() || !opensSentence(next) || (token.is(".") && closesAbbreviation(tokens, i))) {
                i = last;
                continue;
            }
            add(out, tokens.subList(start, last + 1), title);
            start = last + 1;
            i = last;
        }
        if (start < tokens.size()) {
            add(out, tokens.subList(start, tokens.size()), title);
        }
    }

    private static void add(List<Sentence> out, List<Token> tokens, boolean title) {
        if (tokens.isEmpty()) {
            return;
        }
        out.add(new Sentence(out.size(), tokens.getFirst().start(), tokens.getLast().end(), List.copyOf(tokens), title));
    }

    private static boolean isStop(Token token) {
        return token.is(".") || token.is("!") || token.is("?") || token.is("…");
    }

    private static boolean opensSentence(Token next) {
        if (next.isNumber()) {
            return true;
        }
        if (next.isPunct()) {
            return next.is("\"") || next.is("(") || next.is("*") || next.is("-") || next.is("–") || next.is("•");
        }
        return Character.isUpperCase(next.text().codePointAt(0));
    }

    private static boolean closesAbbreviation(List<Token> tokens, int stop) {
        if (stop == 0) {
            return false;
        }
        Token before = tokens.get(stop - 1);
        if (before.isWord() && before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0))) {
            return true; // an initial: "B. C. Nguyen"
        }
        return before.isWord() && ABBREVIATIONS.contains(before.key());
    }
}
