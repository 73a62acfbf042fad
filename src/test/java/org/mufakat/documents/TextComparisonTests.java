package org.mufakat.documents;

import org.junit.jupiter.api.Test;
import org.mufakat.documents.TextComparison.Change;
import org.mufakat.documents.TextComparison.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextComparisonTests {

    @Test
    void showsTheWordsInsertedAndDeletedInAChangedParagraph() {
        TextComparison comparison = compare("Recalling.\n\n---\n\nWe agree to enhance connectivity.",
                "Recalling.\n\n---\n\nWe agree to further enhance regional connectivity.");

        assertThat(comparison.changes()).extracting(TextComparison.BlockChange::change).containsExactly(Change.SAME, Change.CHANGED);
        List<Segment> words = comparison.changes().get(1).words();
        assertThat(words).filteredOn(w -> w.change() == Change.INSERTED).extracting(w -> w.text().strip())
                .containsExactly("further", "regional");
        assertThat(words).noneMatch(w -> w.change() == Change.DELETED);
        assertThat(String.join("", words.stream().filter(w -> w.change() != Change.INSERTED).map(Segment::text).toList()))
                .isEqualTo("We agree to enhance connectivity.");
        assertThat(String.join("", words.stream().filter(w -> w.change() != Change.DELETED).map(Segment::text).toList()))
                .isEqualTo("We agree to further enhance regional connectivity.");
    }

    @Test
    void anInsertedParagraphRenumbersTheOthersWithoutChangingThem() {
        TextComparison comparison = compare("First.\n\nSecond.\n\nThird.", "First.\n\nNew one.\n\nSecond.\n\nThird.");

        assertThat(comparison.changes()).extracting(TextComparison.BlockChange::change)
                .containsExactly(Change.SAME, Change.INSERTED, Change.SAME, Change.SAME);
        assertThat(comparison.changes().get(2).before().label()).isEqualTo("OP2");
        assertThat(comparison.changes().get(2).after().label()).isEqualTo("OP3");
    }

    @Test
    void aDeletedParagraphAndAHeadingAreShownAsSuch() {
        TextComparison comparison = compare("# Title\n\nFirst.\n\nSecond.", "# New title\n\nSecond.");

        assertThat(comparison.count(Change.CHANGED)).isEqualTo(1);
        assertThat(comparison.count(Change.DELETED)).isEqualTo(1);
        assertThat(comparison.changes().getFirst().before().kind()).isEqualTo(TextBlock.Kind.HEADING);
    }

    @Test
    void identicalVersionsHaveNoChange() {
        assertThat(compare("A.\n\nB.", "A.\n\nB.").identical()).isTrue();
        assertThat(compare("", "").changes()).isEmpty();
    }

    @Test
    void everyEditScriptRebuildsBothSequences() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomWords(random);
            List<String> b = randomWords(random);
            List<String> rebuiltA = new ArrayList<>();
            List<String> rebuiltB = new ArrayList<>();
            int equal = 0;
            for (Myers.Edit edit : Myers.diff(a, b, String::equals)) {
                switch (edit.op()) {
                    case EQUAL -> {
                        assertThat(a.get(edit.a())).isEqualTo(b.get(edit.b()));
                        rebuiltA.add(a.get(edit.a()));
                        rebuiltB.add(b.get(edit.b()));
                        equal++;
                    }
                    case DELETE -> rebuiltA.add(a.get(edit.a()));
                    case INSERT -> rebuiltB.add(b.get(edit.b()));
                }
            }
            assertThat(rebuiltA).isEqualTo(a);
            assertThat(rebuiltB).isEqualTo(b);
            assertThat(equal).as("the script keeps a longest common subsequence").isEqualTo(lcs(a, b));
        }
    }

    private static List<String> randomWords(Random random) {
        List<String> words = new ArrayList<>();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            words.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return words;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.size()][b.size()];
    }

    private static TextComparison compare(String before, String after) {
        return TextComparison.of(1, StructuredText.parse(before), 2, StructuredText.parse(after));
    }
}
