package org.mufakat.platform.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching that ignores case and diacritics: "Đỗ Hùng Việt" and "do hung viet" fold alike.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
