package org.mufakat.press.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts text into words, numbers and single punctuation marks, in one pass. */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
        int i = from;
        boolean space = true;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                i += n;
                continue;
            }
            if (isWordChar(cp)) {
                int start = i;
                boolean digitsOnly = true;
                while (i < to) {
                    int c = text.codePointAt(i);
                    if (!isWordChar(c)) {
                        break;
                    }
                    if (!Character.isDigit(c)) {
                        digitsOnly = false;
                    }
                    i += Character.charCount(c);
                }
                String word = text.substring(start, i);
                tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD,
                        start, i, space));
            } else {
                String mark = text.substring(i, i + n);
                String key = switch (mark) {
                    case "’", "‘", "`", "´" -> "'";
                    case "“", "”", "„", "«", "»" -> "\"";
                    case "＋" -> "+";
                    default -> mark;
                };
                tokens.add(new Token(mark, key, Token.Kind.PUNCT, i, i + n, space));
                i += n;
            }
            space = false;
        }
        return tokens;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
