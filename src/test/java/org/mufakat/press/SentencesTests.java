package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

    @Test
    void findsTheEarliestPhraseAndTheWholeSentenceAroundIt() {
        String text = "Hội nghị khai mạc sáng nay. Bộ trưởng nêu lập trường về Biển Đông và UNCLOS 1982! Sau đó là Myanmar.";

        var found = Sentences.mention(text, List.of(Sentences.phrase("Myanmar"), Sentences.phrase("biển đông"))).orElseThrow();

        assertThat(found.phrase()).isEqualTo("Biển Đông");
        assertThat(found.sentence()).isEqualTo("Bộ trưởng nêu lập trường về Biển Đông và UNCLOS 1982!");
    }

    @Test
    void aLineBreakEndsASentenceAndADecimalPointDoesNot() {
        String text = "Headline on the COC\nGrowth reached 5.2 per cent while the COC talks went on. Next.";

        var found = Sentences.mention(text, List.of(Sentences.phrase("growth"))).orElseThrow();

        assertThat(found.sentence()).isEqualTo("Growth reached 5.2 per cent while the COC talks went on.");
    }

    @Test
    void aPhraseInsideALongerWordIsNotAMention() {
        assertThat(Sentences.mention("Cocoa prices rose.", List.of(Sentences.phrase("COC")))).isEmpty();
        assertThat(Sentences.mention("The COC, at last.", List.of(Sentences.phrase("COC")))).isPresent();
    }

    @Test
    void aVeryLongSentenceIsCutAroundThePhrase() {
        String text = "a ".repeat(400) + "East Sea" + " b".repeat(400) + ".";

        String sentence = Sentences.mention(text, List.of(Sentences.phrase("East Sea"))).orElseThrow().sentence();

        assertThat(sentence).contains("East Sea").startsWith("…").endsWith("…");
        assertThat(sentence.length()).isLessThanOrEqualTo(Sentences.LONGEST + 2);
    }
}
