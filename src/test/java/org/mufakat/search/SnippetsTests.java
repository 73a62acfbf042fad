package org.mufakat.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding with offsets and highlighting: the marks land on the Vietnamese words as written, and nothing becomes markup. */
class SnippetsTests {

    private static QueryWords query(String typed) {
        return QueryWords.of(FoldedText.fold(typed));
    }

    @Test
    void foldsCaseDiacriticsAndTheVietnameseD() {
        assertThat(FoldedText.fold("Đỗ Hùng Việt")).isEqualTo("do hung viet");
        assertThat(FoldedText.fold("ĐỖ HÙNG VIỆT")).isEqualTo("do hung viet");
        assertThat(FoldedText.fold("Viêng Chăn, Ngoại giao, Thứ trưởng, Ưu tiên")).isEqualTo("vieng chan, ngoai giao, thu truong, uu tien");
    }

    @Test
    void mapsEveryFoldedCharacterBackToTheOriginalEvenWhenTheOriginalIsDecomposed() {
        String decomposed = java.text.Normalizer.normalize("Việt Nam", java.text.Normalizer.Form.NFD);
        FoldedText folded = FoldedText.of(decomposed);

        assertThat(folded.folded()).isEqualTo("viet nam");
        assertThat(decomposed.substring(folded.originalStart(0), folded.originalEnd(3))).isEqualTo(decomposed.substring(0, decomposed.indexOf(' ')));
    }

    @Test
    void marksTheVietnameseWordsAsWrittenForAQueryWithoutDiacritics() {
        Highlighted title = Snippets.highlight("Ông Đỗ Hùng Việt, Thứ trưởng Ngoại giao", query("do hung viet"));

        assertThat(title.marked()).containsExactly("Đỗ", "Hùng", "Việt");
        assertThat(title.text()).isEqualTo("Ông Đỗ Hùng Việt, Thứ trưởng Ngoại giao");
        assertThat(title.html()).isEqualTo("Ông <mark>Đỗ</mark> <mark>Hùng</mark> <mark>Việt</mark>, Thứ trưởng Ngoại giao");
    }

    @Test
    void theLastWordMarksTheWholeWordItBegins() {
        assertThat(Snippets.highlight("Hội nghị tại Viêng Chăn", query("vieng ch")).marked()).containsExactly("Viêng", "Chăn");
        assertThat(Snippets.highlight("Viet Nam and Vietnamese", query("Viet")).marked()).containsExactly("Viet", "Vietnamese");
        assertThat(Snippets.highlight("Viet Nam and Vietnamese", query("Viet nam")).marked()).containsExactly("Viet", "Nam");
    }

    @Test
    void matchesWholeWordsOnlyExceptTheLast() {
        assertThat(Snippets.highlight("Hungary and Hung", query("hung viet")).marked()).containsExactly("Hung");
    }

    @Test
    void marksAWordWithOneLetterWrong() {
        assertThat(Snippets.highlight("The meeting in Vientiane", query("Vientaine")).marked()).containsExactly("Vientiane");
        assertThat(Snippets.highlight("Hung and Hong", query("hong x")).marked()).containsExactly("Hong");
    }

    @Test
    void escapesTheTextAroundTheMarks() {
        Highlighted hostile = Snippets.highlight("<script>alert('Việt')</script> & \"Việt\"", query("viet"));

        assertThat(hostile.html()).isEqualTo("&lt;script&gt;alert(&#39;<mark>Việt</mark>&#39;)&lt;/script&gt; &amp; &quot;<mark>Việt</mark>&quot;");
        assertThat(hostile.html()).doesNotContain("<script");
    }

    @Test
    void cutsASnippetAroundTheWordsWithEllipsesAndWholeWords() {
        String body = "Đoàn Việt Nam tham dự hội nghị. ".repeat(10) + "Trưởng đoàn: Đỗ Hùng Việt, Thứ trưởng Ngoại giao. "
                + "Các nước thành viên ASEAN đã thông qua tuyên bố chung. ".repeat(10);

        Highlighted snippet = Snippets.snippet(body, query("Do Hung Viet"));

        assertThat(snippet.text()).startsWith("… ").endsWith(" …").contains("Trưởng đoàn: Đỗ Hùng Việt");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(Snippets.WINDOW + 4);
        assertThat(snippet.marked()).containsSubsequence("Đỗ", "Hùng", "Việt");
        String inside = snippet.text().substring(2, snippet.text().length() - 2);
        assertThat(body).contains(inside);
        assertThat(inside).doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @Test
    void aShortTextIsItsOwnSnippetAndOneWithoutMatchesStartsAtTheBeginning() {
        assertThat(Snippets.snippet("Viêng Chăn", query("x")).text()).isEqualTo("Viêng Chăn");
        Highlighted none = Snippets.snippet("lời ".repeat(100), query("khong"));
        assertThat(none.text()).startsWith("lời").endsWith(" …");
        assertThat(none.marked()).isEmpty();
    }

    @Test
    void theTsqueryHoldsOnlyWordsAndMakesTheLastAPrefix() {
        assertThat(query("Đỗ Hùng Việt").tsquery()).isEqualTo("do & hung & viet:*");
        assertThat(query("a'b & c | !d:*").tsquery()).isEqualTo("a & b & c & d:*");
        assertThat(QueryWords.of("!!! ---").isEmpty()).isTrue();
        assertThat(query("57th ASEAN+3").words()).isEqualTo(List.of("57th", "asean", "3"));
    }

    @Test
    void aShortWordAloneIsNoPrefixButAfterOthersItIs() {
        assertThat(query("Ng").tsquery()).isEqualTo("ng");
        assertThat(query("Nguyen Vi").tsquery()).isEqualTo("nguyen & vi:*");
        assertThat(query("Ngu").tsquery()).isEqualTo("ngu:*");
    }

    @Test
    void unknownWordsGiveWayToTheNearestKnownOnesAndVanishWithoutAny() {
        assertThat(corrected("Do Hugn Viet")).contains("do & (hung | hugo) & viet:*");
        assertThat(corrected("Vientaine")).contains("vientiane");
        assertThat(corrected("Nguyen Xqzw Viet")).contains("nguyen & viet:*");
        assertThat(corrected("Nguyen Vn Viet")).contains("nguyen & viet:*");
        assertThat(corrected("Nguyen Viet Xq")).contains("nguyen & viet");
        assertThat(corrected("Nguyen Vi")).isEmpty();
        assertThat(corrected("Do Hung Viet")).isEmpty();
        assertThat(corrected("Xqzw Yvvq")).isEmpty();
        assertThat(corrected("Ng")).isEmpty();
    }

    /** Corrected against an index that knows five words, and the nearest words of two typos. */
    private static java.util.Optional<String> corrected(String typed) {
        java.util.Set<String> known = java.util.Set.of("do", "hung", "hugo", "viet", "nguyen");
        java.util.Map<String, List<String>> nearest = java.util.Map.of("hugn", List.of("hung", "hugo"), "vientaine", List.of("vientiane"),
                "ng", List.of("nga", "ngo"));
        return query(typed).corrected(known::contains, prefix -> known.stream().anyMatch(word -> word.startsWith(prefix)),
                word -> nearest.getOrDefault(word, List.of()));
    }
}
