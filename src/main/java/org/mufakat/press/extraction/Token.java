package org.mufakat.press.extraction;

/**
 * A word, a number or one punctuation mark of the cleaned text, with its place in it. {@code key} is the lower-cased
 * form that phrases are matched on (curly apostrophes straightened).
 */
public record Token(String text, String key, Kind kind, int start, int end, boolean spaceBefore) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** A word of letters (or digits) or a number: not punctuation. */
    public boolean isWordOrNumber() {
        return kind != Kind.PUNCT;
    }

    public boolean is(String key) {
        return this.key.equals(key);
    }

    public boolean isDash() {
        return kind == Kind.PUNCT && (key.equals("-") || key.equals("–") || key.equals("—") || key.equals("‐") || key.equals("−"));
    }

    public boolean startsUpper() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** All letters upper-case and at least two of them: "ASEAN", "SOM", "AMM". */
    public boolean isAllCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Only ASCII characters: an English word, or a Vietnamese one written without its marks. */
    public boolean isAscii() {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    public int intValue() {
        if (kind != Kind.NUMBER || text.length() > 9) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
