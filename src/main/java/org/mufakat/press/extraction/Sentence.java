package org.mufakat.press.extraction;

import java.util.List;

/** One sentence of the cleaned text: where it is and its tokens (with offsets into the whole text). */
public record Sentence(int index, int start, int end, List<Token> tokens, boolean title) {

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
