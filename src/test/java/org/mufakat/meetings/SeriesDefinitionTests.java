package org.mufakat.meetings;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The series of the real definition (organisations/asean.yaml): their yearly numbering, their titles, and the
 * calendar's suggestions. Meetings scheduled here fall in 2055-2056.
 */
@AsRecordKeeper
@SpringBootTest
class SeriesDefinitionTests {

    @Autowired
    MeetingCalendar calendar;
    @Autowired
    MeetingQueries queries;

    @ParameterizedTest
    @CsvSource({"AMM, 2024, 57", "APT FMM, 2018, 19", "EAS FMM, 2018, 8", "ARF, 2024, 31", "Summit, 2024, 44 45",
            "Summit, 2025, 46 47", "APT Summit, 2018, 21", "EAS Summit, 2018, 13", "APT FMM, 2024, 25", "EAS FMM, 2024, 14",
            "APT Summit, 2024, 27", "EAS Summit, 2024, 19", "AMM, 2021, 54"})
    void theYearlyRuleNumbersTheYearsMeetings(String series, int year, String ordinals) {
        List<Integer> expected = Arrays.stream(ordinals.split(" ")).map(Integer::valueOf).toList();

        assertThat(series(series).ordinalsByRule(year)).isEqualTo(expected);
    }

    @Test
    void theMinisterialSeriesFollowTheAmm() {
        assertThat(series("EAS FMM").ordinalsByRule(2011)).containsExactly(1);
        for (int year = 2011; year <= 2030; year++) {
            int amm = series("AMM").ordinalsByRule(year).getFirst();
            assertThat(series("APT FMM").ordinalsByRule(year)).containsExactly(amm - 32);
            assertThat(series("EAS FMM").ordinalsByRule(year)).containsExactly(amm - 43);
            assertThat(series("ARF").ordinalsByRule(year)).containsExactly(amm - 26);
        }
    }

    @Test
    void unnumberedSeriesHaveNoRule() {
        assertThat(series("SOM").numbered()).isFalse();
        assertThat(series("AMM Retreat").ordinalsByRule(2024)).isEmpty();
        assertThat(series("ACC").hasYearlyRule()).isFalse();
    }

    @Test
    void titlesTheSeedsMeetings() {
        assertThat(queries.title(new SeriesCode("AMM"), FrameworkCode.of("ASEAN"), Ordinals.single(57)))
                .isEqualTo(LocalizedText.of("57th ASEAN Foreign Ministers' Meeting", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57"));
        assertThat(queries.title(new SeriesCode("Summit"), FrameworkCode.of("ASEAN"), new Ordinals(44, 45)))
                .isEqualTo(LocalizedText.of("44th and 45th ASEAN Summits", "Hội nghị Cấp cao ASEAN lần thứ 44 và 45"));
        assertThat(queries.title(new SeriesCode("APT FMM"), FrameworkCode.of("APT"), Ordinals.single(19)).en())
                .isEqualTo("19th ASEAN Plus Three Foreign Ministers' Meeting");
        assertThat(queries.title(new SeriesCode("EAS Summit"), FrameworkCode.of("EAS"), Ordinals.single(13)))
                .isEqualTo(LocalizedText.of("13th East Asia Summit", "Hội nghị Cấp cao Đông Á lần thứ 13"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ASEAN+1 Summit | ASEAN-JPN | 27th ASEAN–Japan Summit | Hội nghị Cấp cao ASEAN–Nhật Bản lần thứ 27",
            "ASEAN+1 Summit | ASEAN-CHN | 27th ASEAN–China Summit | Hội nghị Cấp cao ASEAN–Trung Quốc lần thứ 27",
            "ASEAN+1 FMM | ASEAN-EU | 27th ASEAN–EU Foreign Ministers' Meeting | Hội nghị Bộ trưởng Ngoại giao ASEAN–EU lần thứ 27",
            "ASEAN+1 FMM | ASEAN-AUS | 27th ASEAN–Australia Foreign Ministers' Meeting | Hội nghị Bộ trưởng Ngoại giao ASEAN–Ô-xtrây-li-a lần thứ 27",
            "ASEAN+1 Summit | ASEAN-RUS | 27th ASEAN–Russia Summit | Hội nghị Cấp cao ASEAN–Nga lần thứ 27",
            "ASEAN+1 Summit | ASEAN-KOR | 27th ASEAN–Korea Summit | Hội nghị Cấp cao ASEAN–Hàn Quốc lần thứ 27",
            "ASEAN+1 Summit | ASEAN-USA | 27th ASEAN–US Summit | Hội nghị Cấp cao ASEAN–Hoa Kỳ lần thứ 27",
            "ASEAN+1 FMM | ASEAN-GBR | 27th ASEAN–UK Foreign Ministers' Meeting | Hội nghị Bộ trưởng Ngoại giao ASEAN–Anh lần thứ 27"})
    /** The definition file: "{partner} is replaced by the partner's short name". */
    void namesThePartnerByItsShortNameInAseanPlusOneTitles(String series, String framework, String en, String vi) {
        assertThat(queries.title(new SeriesCode(series), FrameworkCode.of(framework), Ordinals.single(27)))
                .isEqualTo(LocalizedText.of(en, vi));
    }

    @Test
    void namesThePartnerInUnnumberedAseanPlusOneTitles() {
        assertThat(queries.title(new SeriesCode("PMC"), FrameworkCode.of("ASEAN-NZL"), null).en())
                .isEqualTo("Post Ministerial Conference with New Zealand");
        assertThat(queries.title(new SeriesCode("ASEAN+1 Special Summit"), FrameworkCode.of("ASEAN-AUS"), null).en())
                .isEqualTo("ASEAN–Australia Special Summit");
    }

    @Test
    void suggestsTheRulesOrdinalsForAYearWithNoMeetingYet() {
        assertThat(calendar.suggestOrdinals(new SeriesCode("Summit"), null, 2055)).containsExactly(106, 107);
    }

    @Test
    void suggestionsSkipOrdinalsAlreadyUsed() {
        calendar.schedule(Plans.of("Summit", LocalDate.of(2056, 5, 10)).ordinals("108").plan());

        assertThat(calendar.suggestOrdinals(new SeriesCode("Summit"), FrameworkCode.of("ASEAN"), 2056)).containsExactly(109);
    }

    @Test
    void suggestsTheNextAfterTheHighestWhenTheYearsOrdinalsAreAllUsed() {
        // The demo holds the 57th AMM (2024); the rule's only ordinal for 2024 is taken.
        List<Integer> suggested = calendar.suggestOrdinals(new SeriesCode("AMM"), null, 2024);

        assertThat(suggested).hasSize(1);
        assertThat(suggested.getFirst()).isGreaterThan(57);
    }

    @Test
    void suggestsNothingForAnUnnumberedSeries() {
        assertThat(calendar.suggestOrdinals(new SeriesCode("SOM"), null, 2055)).isEmpty();
    }

    @Test
    void suggestsNothingForAnAseanPlusOneSeriesUntilThePartnerIsChosen() {
        assertThat(calendar.suggestOrdinals(new SeriesCode("ASEAN+1 FMM"), null, 2055)).isEmpty();
        assertThat(calendar.suggestOrdinals(new SeriesCode("ASEAN+1 FMM"), FrameworkCode.of("ASEAN-IND"), 2055)).hasSize(1);
    }

    private MeetingSeries series(String code) {
        return calendar.series(new SeriesCode(code)).orElseThrow();
    }
}
