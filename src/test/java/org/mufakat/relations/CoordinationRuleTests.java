package org.mufakat.relations;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinators' rotation, as the real definition file configures it, against the domain notes' table (copied to
 * {@code coordinators-table.md}): every cell a public source confirms, and every other cell too.
 */
@SpringBootTest
class CoordinationRuleTests {

    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("Brunei", "BRN"), Map.entry("Cambodia", "KHM"),
            Map.entry("Indonesia", "IDN"), Map.entry("Laos", "LAO"), Map.entry("Malaysia", "MYS"), Map.entry("Myanmar", "MMR"),
            Map.entry("Philippines", "PHL"), Map.entry("Singapore", "SGP"), Map.entry("Thailand", "THA"), Map.entry("Viet Nam", "VNM"),
            Map.entry("Australia", "AUS"), Map.entry("Canada", "CAN"), Map.entry("China", "CHN"), Map.entry("EU", "EU"),
            Map.entry("India", "IND"), Map.entry("Japan", "JPN"), Map.entry("Korea", "KOR"), Map.entry("NZ", "NZL"),
            Map.entry("Russia", "RUS"), Map.entry("UK", "GBR"), Map.entry("US", "USA"));

    record Cell(PartyCode member, int termStartYear, PartyCode partner, boolean confirmed) {
    }

    @Autowired
    CountryCoordination coordination;

    @Test
    void reproducesEveryCellThatAPublicSourceConfirms() throws IOException {
        List<Cell> confirmed = table().stream().filter(Cell::confirmed).toList();
        assertThat(confirmed).as("the starred cells of the domain notes").hasSize(16);
        for (Cell cell : confirmed) {
            LocalDate midTerm = LocalDate.of(cell.termStartYear() + 1, 8, 1);
            assertThat(coordination.coordinatorAt(cell.partner(), midTerm)).as(cell.toString())
                    .hasValueSatisfying(c -> assertThat(c.coordinator()).isEqualTo(cell.member()));
        }
    }

    @Test
    void reproducesEveryOtherCellOfTheTableToo() throws IOException {
        List<Cell> cells = table();
        assertThat(cells).hasSize(32);
        for (Cell cell : cells) {
            LocalDate lastDay = LocalDate.of(cell.termStartYear() + 3, 7, 31);
            assertThat(coordination.coordinatorAt(cell.partner(), lastDay)).as(cell.toString())
                    .hasValueSatisfying(c -> assertThat(c.coordinator()).isEqualTo(cell.member()));
        }
    }

    @Test
    void coordinatorsHandOverOnTheFirstOfAugustEveryThreeYears() {
        assertThat(coordinatorOf("KOR", "2024-07-31")).isEqualTo("VNM");
        assertThat(coordinatorOf("KOR", "2024-08-01")).isEqualTo("THA");
        assertThat(coordination.coordinatorAt(PartyCode.of("KOR"), LocalDate.of(2024, 8, 1)).orElseThrow().period().to())
                .isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void theUnitedKingdomGoesWithNewZealandFromTheDayItBecameAPartner() {
        assertThat(coordination.coordinatorAt(PartyCode.of("GBR"), LocalDate.of(2021, 8, 4))).isEmpty();
        assertThat(coordinatorOf("GBR", "2021-08-05")).isEqualTo(coordinatorOf("NZL", "2021-08-05")).isEqualTo("BRN");
        assertThat(coordinatorOf("GBR", "2028-01-01")).isEqualTo(coordinatorOf("NZL", "2028-01-01"));
    }

    @Test
    void nothingIsComputedBeforeTheFirstTermTheSourcesKnow() {
        assertThat(coordination.coordinatorAt(PartyCode.of("JPN"), LocalDate.of(2018, 7, 31))).isEmpty();
    }

    @Test
    void theTableShowsPastCurrentAndForecastTermsAndTimorLesteHasNoPlaceYet() {
        CoordinatorTable table = coordination.table();
        assertThat(table.terms()).extracting(CoordinatorTable.Term::label).startsWith("2018–21", "2021–24", "2024–27");
        assertThat(table.terms().getFirst().tense()).isEqualTo(CoordinatorTable.Tense.PAST);
        assertThat(table.terms().getLast().tense()).isEqualTo(CoordinatorTable.Tense.FORECAST);
        assertThat(table.rows()).extracting(row -> row.partner().value())
                .containsExactly("AUS", "CAN", "CHN", "EU", "IND", "JPN", "KOR", "NZL", "RUS", "USA", "GBR");
        assertThat(table.rows()).flatExtracting(CoordinatorTable.Row::cells).flatExtracting(cell -> cell)
                .extracting(c -> ((Coordinatorship) c).coordinator().value()).doesNotContain("TLS");
    }

    @Test
    void anotherOrganisationConfiguresItsOwnRotation() {
        CoordinationRule rule = CoordinationRule.of(new RelationsDefinition.Coordination(2, List.of("AAA", "BBB", "CCC"), List.of(),
                new RelationsDefinition.FirstTerm(LocalDate.of(2020, 1, 1), Map.of("XXX", "AAA", "YYY", "BBB", "ZZZ", "CCC")),
                List.of("MM"), 1));

        assertThat(rule.coordinator(PartyCode.of("AAA"), 0).orElseThrow().coordinator().value()).isEqualTo("XXX");
        assertThat(rule.coordinator(PartyCode.of("AAA"), 1).orElseThrow().coordinator().value()).isEqualTo("ZZZ");
        assertThat(rule.termPeriod(1).from()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(rule.termAt(LocalDate.of(2023, 12, 31))).isEqualTo(1);
    }

    private String coordinatorOf(String partner, String date) {
        return coordination.coordinatorAt(PartyCode.of(partner), LocalDate.parse(date)).orElseThrow().coordinator().value();
    }

    /** Every partner named in every cell of the table, starred or not. */
    static List<Cell> table() throws IOException {
        String text;
        try (InputStream in = CoordinationRuleTests.class.getResourceAsStream("coordinators-table.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Cell> cells = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            String[] columns = line.substring(1, line.length() - 1).split("\\|");
            if (columns[0].strip().equals("member")) {
                for (int i = 1; i < columns.length; i++) {
                    years.add(Integer.parseInt(columns[i].strip().substring(0, 4)));
                }
                continue;
            }
            PartyCode member = PartyCode.of(CODES.get(columns[0].strip()));
            for (int i = 1; i < columns.length; i++) {
                for (String named : columns[i].split("\\+")) {
                    String partner = named.strip();
                    boolean confirmed = partner.endsWith("*");
                    cells.add(new Cell(member, years.get(i - 1), PartyCode.of(CODES.get(partner.replace("*", ""))), confirmed));
                }
            }
        }
        return cells;
    }
}
