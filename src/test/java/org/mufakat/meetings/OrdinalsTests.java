package org.mufakat.meetings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mufakat.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrdinalsTests {

    @Test
    void parsesASingleOrdinal() {
        assertThat(Ordinals.parse("57")).isEqualTo(Ordinals.single(57));
        assertThat(Ordinals.parse(" 57th ")).isEqualTo(Ordinals.single(57));
        assertThat(Ordinals.parse("57").isPlural()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"44, 45", "44,45", "44 và 45", "44th and 45th", "44 and 45", "44-45", "44 – 45", "44 & 45"})
    void parsesTwoConsecutiveOrdinalsWrittenInAnyOfTheUsualWays(String text) {
        Ordinals ordinals = Ordinals.parse(text);

        assertThat(ordinals).isEqualTo(new Ordinals(44, 45));
        assertThat(ordinals.numbers()).containsExactly(44, 45);
        assertThat(ordinals.isPlural()).isTrue();
    }

    @Test
    void readsBlankAsNoOrdinal() {
        assertThat(Ordinals.parse(null)).isNull();
        assertThat(Ordinals.parse("   ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"44, 46", "45, 44", "44 và 47", "1, 2, 3, 4, 5"})
    void refusesOrdinalsThatAreNotConsecutiveOrTooMany(String text) {
        assertThatThrownBy(() -> Ordinals.parse(text)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.violations()).extracting(RuleViolation.Violation::code)
                        .containsExactly("meeting.ordinals.range"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifty-seventh", "57 bis", "lần thứ"})
    void refusesWhatIsNotANumber(String text) {
        assertThatThrownBy(() -> Ordinals.parse(text)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.violations()).extracting(RuleViolation.Violation::code)
                        .containsExactly("meeting.ordinals.format"));
    }

    @Test
    void refusesZeroAndNegativeOrdinals() {
        assertThatThrownBy(() -> Ordinals.single(0)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.violations()).extracting(RuleViolation.Violation::code)
                        .containsExactly("meeting.ordinals.positive"));
        assertThatThrownBy(() -> Ordinals.parse("0")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void printsAsTheEditorWritesThem() {
        assertThat(Ordinals.single(57)).hasToString("57");
        assertThat(new Ordinals(44, 45)).hasToString("44, 45");
        assertThat(Ordinals.parse(new Ordinals(44, 45).toString())).isEqualTo(new Ordinals(44, 45));
    }

    @CsvSource({"44, 45, 45, 46, true", "44, 45, 46, 47, false", "57, 57, 57, 57, true", "44, 45, 43, 43, false"})
    @ParameterizedTest
    void overlapWhenTheyShareANumber(int first, int last, int otherFirst, int otherLast, boolean overlaps) {
        assertThat(new Ordinals(first, last).overlaps(new Ordinals(otherFirst, otherLast))).isEqualTo(overlaps);
    }
}
