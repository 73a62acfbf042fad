package org.mufakat.meetings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles and yearly numbering of a series, with series and frameworks written here as the definition has them. */
class MeetingSeriesTests {

    private static final Framework ASEAN = new Framework(FrameworkCode.of("ASEAN"), "ASEAN", null, true, true,
            LocalizedText.of("ASEAN", "ASEAN"), LocalizedText.of("ASEAN", "ASEAN"));
    private static final Framework ASEAN_JAPAN = partnerFramework("ASEAN-JPN", "JPN", "ASEAN–Japan", "ASEAN–Nhật Bản");

    private static final MeetingSeries AMM = series("AMM", Level.MINISTERS, "ASEAN", 1967, 1,
            LocalizedText.of("ASEAN Foreign Ministers' Meeting", "Hội nghị Bộ trưởng Ngoại giao ASEAN"), null);
    private static final MeetingSeries SUMMIT = series("Summit", Level.LEADERS, "ASEAN", 2002, 2,
            LocalizedText.of("ASEAN Summit", "Hội nghị Cấp cao ASEAN"), LocalizedText.of("ASEAN Summits", "Hội nghị Cấp cao ASEAN"));
    private static final MeetingSeries PARTNER_SUMMIT = series("ASEAN+1 Summit", Level.LEADERS, "ASEAN+1", null, null,
            LocalizedText.of("ASEAN–{partner} Summit", "Hội nghị Cấp cao ASEAN–{partner}"), null);
    private static final MeetingSeries SOM = new MeetingSeries(new SeriesCode("SOM"), Level.SENIOR_OFFICIALS, "ASEAN", false, null, null,
            LocalizedText.of("ASEAN Senior Officials' Meeting", "Hội nghị Quan chức cao cấp ASEAN"), null);

    @ParameterizedTest
    @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th", "21, 21st", "22, 22nd",
            "23, 23rd", "101, 101st", "111, 111th", "112, 112th", "57, 57th"})
    void writesEnglishOrdinals(int number, String ordinal) {
        assertThat(MeetingSeries.englishOrdinal(number)).isEqualTo(ordinal);
    }

    @Test
    void titlesASingleNumberedMeetingInBothLanguages() {
        LocalizedText title = AMM.title(Ordinals.single(57), ASEAN);

        assertThat(title.en()).isEqualTo("57th ASEAN Foreign Ministers' Meeting");
        assertThat(title.vi()).isEqualTo("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
    }

    @Test
    void titlesAMeetingThatCountsForTwoWithThePluralName() {
        LocalizedText title = SUMMIT.title(new Ordinals(44, 45), ASEAN);

        assertThat(title.en()).isEqualTo("44th and 45th ASEAN Summits");
        assertThat(title.vi()).isEqualTo("Hội nghị Cấp cao ASEAN lần thứ 44 và 45");
        assertThat(SUMMIT.title(Ordinals.single(46), ASEAN).en()).isEqualTo("46th ASEAN Summit");
    }

    @Test
    void titlesAnUnnumberedMeetingWithTheSeriesName() {
        assertThat(SOM.title(null, ASEAN)).isEqualTo(LocalizedText.of("ASEAN Senior Officials' Meeting", "Hội nghị Quan chức cao cấp ASEAN"));
    }

    @Test
    void namesThePartnerOfAnAseanPlusOneMeeting() {
        LocalizedText title = PARTNER_SUMMIT.title(Ordinals.single(27), ASEAN_JAPAN);

        assertThat(title.en()).isEqualTo("27th ASEAN–Japan Summit");
        assertThat(title.vi()).isEqualTo("Hội nghị Cấp cao ASEAN–Nhật Bản lần thứ 27");
    }

    @Test
    void namesThePartnerByItsShortNameWhenGiven() {
        Framework aseanKorea = partnerFramework("ASEAN-KOR", "KOR", "ASEAN–Republic of Korea", "ASEAN–Hàn Quốc");

        LocalizedText title = PARTNER_SUMMIT.title(Ordinals.single(25), aseanKorea, LocalizedText.of("Korea", "Hàn Quốc"));

        assertThat(title.en()).isEqualTo("25th ASEAN–Korea Summit");
        assertThat(title.vi()).isEqualTo("Hội nghị Cấp cao ASEAN–Hàn Quốc lần thứ 25");
    }

    @Test
    void leavesAPlaceholderWhenThePartnerIsNotKnown() {
        assertThat(PARTNER_SUMMIT.title(null, null).en()).isEqualTo("ASEAN–… Summit");
    }

    @Test
    void admitsFrameworksByCodeOrFamily() {
        assertThat(PARTNER_SUMMIT.admits(ASEAN_JAPAN)).isTrue();
        assertThat(PARTNER_SUMMIT.admits(ASEAN)).isFalse();
        assertThat(AMM.admits(ASEAN)).isTrue();
        assertThat(AMM.admits(ASEAN_JAPAN)).isFalse();
    }

    @Test
    void theYearlyRuleGivesOneOrdinalPerMeetingOfTheYear() {
        assertThat(AMM.ordinalsByRule(2024)).containsExactly(57);
        assertThat(SUMMIT.ordinalsByRule(2024)).containsExactly(44, 45);
        assertThat(SUMMIT.ordinalsByRule(2025)).containsExactly(46, 47);
    }

    @Test
    void thereIsNoYearlyRuleWithoutABaseYearNorBeforeIt() {
        assertThat(PARTNER_SUMMIT.hasYearlyRule()).isFalse();
        assertThat(PARTNER_SUMMIT.ordinalsByRule(2024)).isEmpty();
        assertThat(SOM.ordinalsByRule(2024)).isEmpty();
        assertThat(AMM.ordinalsByRule(1967)).isEmpty();
        assertThat(AMM.ordinalsByRule(1968)).containsExactly(1);
    }

    static Framework partnerFramework(String code, String partner, String en, String vi) {
        return new Framework(FrameworkCode.of(code), "ASEAN+1", PartyCode.of(partner), true, false,
                LocalizedText.of(en, vi), LocalizedText.of(en, vi));
    }

    private static MeetingSeries series(String code, Level level, String framework, Integer baseYear, Integer perYear,
                                        LocalizedText name, LocalizedText plural) {
        return new MeetingSeries(new SeriesCode(code), level, framework, true, baseYear, perYear, name, plural);
    }
}
