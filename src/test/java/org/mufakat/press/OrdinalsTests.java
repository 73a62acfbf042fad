package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.press.extraction.Ordinals;
import org.mufakat.press.extraction.Tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

class OrdinalsTests {

    @Test
    void vietnameseOrdinalsWithLanThu() {
        assertThat(Ordinals.vietnamese(Tokenizer.tokenize("lần thứ 57"), 0).values()).containsExactly(57);
        assertThat(Ordinals.vietnamese(Tokenizer.tokenize("lần thứ 44, 45 và"), 0).values()).containsExactly(44, 45);
        assertThat(Ordinals.vietnamese(Tokenizer.tokenize("lần thứ 44 và 45"), 0).values()).containsExactly(44, 45);
        assertThat(Ordinals.vietnamese(Tokenizer.tokenize("lần thứ nhất"), 0).values()).containsExactly(1);
        assertThat(Ordinals.vietnamese(Tokenizer.tokenize("thứ 57"), 0).values()).containsExactly(57);
    }

    @Test
    void aWordAfterThuThatIsNoNumberIsNoOrdinal() {
        assertThat(Ordinals.vietnamese(Tokenizer.tokenize("lần thứ hạng"), 0)).isNull();
        assertThat(Ordinals.vietnamese(Tokenizer.tokenize("Thứ trưởng"), 0)).isNull();
    }

    @Test
    void englishOrdinals() {
        assertThat(Ordinals.englishList(Tokenizer.tokenize("57th"), 0).values()).containsExactly(57);
        assertThat(Ordinals.englishList(Tokenizer.tokenize("44th and 45th"), 0).values()).containsExactly(44, 45);
        assertThat(Ordinals.englishList(Tokenizer.tokenize("44th/45th"), 0).values()).containsExactly(44, 45);
        assertThat(Ordinals.englishList(Tokenizer.tokenize("21st, 22nd and 23rd"), 0).values()).containsExactly(21, 22, 23);
        assertThat(Ordinals.englishList(Tokenizer.tokenize("first"), 0).values()).containsExactly(1);
        assertThat(Ordinals.englishList(Tokenizer.tokenize("57"), 0)).isNull();
    }
}
