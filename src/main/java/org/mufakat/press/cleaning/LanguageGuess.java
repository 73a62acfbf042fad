package org.mufakat.press.cleaning;

/**
 * "vi" when many words carry Vietnamese letters (ă, â, đ, ê, ô, ơ, ư or the tone marks), "en" when the letters are
 * plain Latin, else "und". Counts over the first 20,000 characters.
 */
public final class LanguageGuess {

    private static final String VIETNAMESE = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
    private static final java.util.BitSet MARKED = new java.util.BitSet();

    static {
        for (int i = 0; i < VIETNAMESE.length(); i++) {
            char c = VIETNAMESE.charAt(i);
            MARKED.set(c);
            MARKED.set(Character.toUpperCase(c));
        }
    }

    private LanguageGuess() {
    }

    public static String of(String text) {
        int n = Math.min(text.length(), 20000);
        int words = 0;
        int vietnameseWords = 0;
        int letters = 0;
        int latin = 0;
        boolean inWord = false;
        boolean marked = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 128) {
                    latin++;
                }
                if (MARKED.get(c)) {
                    marked = true;
                }
                if (!inWord) {
                    inWord = true;
                    words++;
                }
            } else if (inWord) {
                if (marked) {
                    vietnameseWords++;
                }
                inWord = false;
                marked = false;
            }
        }
        if (inWord && marked) {
            vietnameseWords++;
        }
        if (words == 0) {
            return "und";
        }
        if (vietnameseWords * 100L >= words * 15L) {
            return "vi";
        }
        return latin * 100L >= letters * 90L ? "en" : "und";
    }
}
