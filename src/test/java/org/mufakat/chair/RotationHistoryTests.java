package org.mufakat.chair;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotation rule of the real definition (organisations/asean.yaml) against history and the demo chair years. */
@SpringBootTest
class RotationHistoryTests {

    private static final Map<Integer, String> CHAIRS_2015_2027 = chairs(
            2015, "MYS", 2016, "LAO", 2017, "PHL", 2018, "SGP", 2019, "THA", 2020, "VNM", 2021, "BRN",
            2022, "KHM", 2023, "IDN", 2024, "LAO", 2025, "MYS", 2026, "PHL", 2027, "SGP");

    @Autowired
    Chairmanship chairmanship;

    @Test
    void reproducesTheChairsFrom2015To2027() {
        Map<Integer, PartyCode> expected = byYear(chairmanship.rotation(2015, 2027), RotationRow::expected);

        assertThat(expected).containsExactlyEntriesOf(codes(CHAIRS_2015_2027));
    }

    @Test
    void reproducesTheRecordedDeparturesFromThePlainOrder() {
        Map<Integer, RotationRow> rows = byYear(chairmanship.rotation(2001, 2027), Function.identity());

        assertThat(rows.get(2006).plainOrder()).isEqualTo(PartyCode.of("MMR"));
        assertThat(rows.get(2006).expected()).isEqualTo(PartyCode.of("PHL"));
        assertThat(rows.get(2009).expected()).isEqualTo(PartyCode.of("THA"));
        assertThat(rows.get(2010).expected()).isEqualTo(PartyCode.of("VNM"));
        assertThat(rows.get(2011).plainOrder()).isEqualTo(PartyCode.of("BRN"));
        assertThat(rows.get(2011).expected()).isEqualTo(PartyCode.of("IDN"));
        assertThat(rows.get(2013).plainOrder()).isEqualTo(PartyCode.of("IDN"));
        assertThat(rows.get(2013).expected()).isEqualTo(PartyCode.of("BRN"));
        assertThat(rows.get(2014).plainOrder()).isEqualTo(PartyCode.of("LAO"));
        assertThat(rows.get(2014).expected()).isEqualTo(PartyCode.of("MMR"));
        assertThat(rows.get(2016).plainOrder()).isEqualTo(PartyCode.of("MMR"));
        assertThat(rows.get(2016).expected()).isEqualTo(PartyCode.of("LAO"));
        assertThat(rows.get(2026).plainOrder()).isEqualTo(PartyCode.of("MMR"));
        assertThat(rows.get(2026).expected()).isEqualTo(PartyCode.of("PHL"));
    }

    @Test
    void marksExactlyTheYearsWhoseDepartureARecordedDecisionExplains() {
        List<RotationRow> rows = chairmanship.rotation(2001, 2027);

        assertThat(rows.stream().filter(RotationRow::explainedDeparture).map(RotationRow::year))
                .containsExactly(2006, 2009, 2011, 2013, 2014, 2016, 2026);
        RotationRow year2026 = rows.stream().filter(row -> row.year() == 2026).findFirst().orElseThrow();
        assertThat(year2026.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(RotationDecision.Kind.TURN_GIVEN_UP);
            assertThat(decision.party()).isEqualTo(PartyCode.of("MMR"));
            assertThat(decision.note().en()).contains("Philippines");
        });
        RotationRow year2014 = rows.stream().filter(row -> row.year() == 2014).findFirst().orElseThrow();
        assertThat(year2014.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(RotationDecision.Kind.SWAP);
            assertThat(decision.otherYear()).isEqualTo(2016);
        });
    }

    @Test
    void theDemoChairYearsShowNoUnexplainedDeparture() {
        List<RotationRow> rows = chairmanship.rotation(2015, 2027);

        assertThat(byYear(rows, RotationRow::recorded)).containsExactlyEntriesOf(codes(CHAIRS_2015_2027));
        assertThat(rows).noneMatch(RotationRow::unexplainedDeparture);
    }

    @Test
    void timorLesteTakesItsAlphabeticalPlaceOnceAMember() {
        Map<Integer, PartyCode> expected = byYear(chairmanship.rotation(2027, 2031), RotationRow::expected);

        assertThat(expected).containsExactlyEntriesOf(codes(chairs(
                2027, "SGP", 2028, "THA", 2029, "TLS", 2030, "VNM", 2031, "BRN")));
    }

    @Test
    void aRecordThatDisagreesWithTheRuleIsAnUnexplainedDeparture() {
        var row = new RotationRow(2041, PartyCode.of("THA"), PartyCode.of("SGP"), PartyCode.of("SGP"), List.of());

        assertThat(row.unexplainedDeparture()).isTrue();
        assertThat(row.explainedDeparture()).isFalse();
        assertThat(new RotationRow(2041, null, PartyCode.of("SGP"), PartyCode.of("SGP"), List.of()).unexplainedDeparture()).isFalse();
    }

    @Test
    void expectedChairAsksTheRuleForOneYear() {
        assertThat(chairmanship.expectedChair(2026)).contains(PartyCode.of("PHL"));
        assertThat(chairmanship.expectedChair(2000)).isEmpty();
    }

    private static <T> Map<Integer, T> byYear(List<RotationRow> rows, Function<RotationRow, T> value) {
        return rows.stream().filter(row -> value.apply(row) != null)
                .collect(Collectors.toMap(RotationRow::year, value, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<Integer, PartyCode> codes(Map<Integer, String> chairs) {
        Map<Integer, PartyCode> codes = new LinkedHashMap<>();
        chairs.forEach((year, code) -> codes.put(year, PartyCode.of(code)));
        return codes;
    }

    private static Map<Integer, String> chairs(Object... yearsAndCodes) {
        Map<Integer, String> chairs = new LinkedHashMap<>();
        for (int i = 0; i < yearsAndCodes.length; i += 2) {
            chairs.put((Integer) yearsAndCodes[i], (String) yearsAndCodes[i + 1]);
        }
        return chairs;
    }
}
