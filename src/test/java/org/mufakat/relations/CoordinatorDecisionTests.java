package org.mufakat.relations;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recorded decisions override the rotation over their days, and only where a member may hold the partner. Years 2033-2045 are these tests'. */
@AsRecordKeeper
@SpringBootTest
class CoordinatorDecisionTests {

    private static final PartyCode CANADA = PartyCode.of("CAN");
    private static final PartyCode INDIA = PartyCode.of("IND");
    private static final PartyCode VIET_NAM = PartyCode.of("VNM");

    @Autowired
    CountryCoordination coordination;

    @Test
    void aDecisionOverridesTheRotationOverItsDaysOnlyAndSplitsTheTermInTheTable() {
        String byRule = coordinatorOf(CANADA, "2034-01-01");
        assertThat(byRule).isNotEqualTo("VNM");

        coordination.recordDeparture(new RecordDeparture(CANADA, VIET_NAM, LocalDate.of(2034, 3, 1), LocalDate.of(2034, 12, 31),
                LocalizedText.english("Swap agreed at the AMM")));

        assertThat(coordinatorOf(CANADA, "2034-02-28")).isEqualTo(byRule);
        assertThat(coordination.coordinatorAt(CANADA, LocalDate.of(2034, 3, 1))).hasValueSatisfying(c -> {
            assertThat(c.coordinator()).isEqualTo(VIET_NAM);
            assertThat(c.basis()).isEqualTo(Coordinatorship.Basis.DECISION);
        });
        assertThat(coordinatorOf(CANADA, "2035-01-01")).isEqualTo(byRule);
    }

    @Test
    void aDecisionInsideAForecastTermSplitsItsCellInTheTable() {
        PartyCode russia = PartyCode.of("RUS");
        String byRule = coordinatorOf(russia, "2028-01-01");
        coordination.recordDeparture(new RecordDeparture(russia, VIET_NAM, LocalDate.of(2028, 8, 1), LocalDate.of(2029, 7, 31), null));

        CoordinatorTable table = coordination.table();
        int term = table.terms().stream().filter(t -> t.label().equals("2027–30")).findFirst().orElseThrow().index();
        var cell = table.rows().stream().filter(r -> r.partner().equals(russia)).findFirst().orElseThrow().cells().get(term);
        assertThat(cell).extracting(c -> c.coordinator().value() + " " + c.basis() + " " + c.period().from() + ".." + c.period().to())
                .containsExactly(byRule + " RULE 2027-08-01..2028-07-31", "VNM DECISION 2028-08-01..2029-07-31",
                        byRule + " RULE 2029-08-01..2030-07-31");
    }

    @Test
    void refusesACoordinatorWhoIsNotAMemberAtThatDateAndSavesNothing() {
        int before = coordination.decisions().size();

        assertThatThrownBy(() -> coordination.recordDeparture(new RecordDeparture(INDIA, PartyCode.of("TLS"),
                LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 31), null)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations()).extracting(RuleViolation.Violation::field).containsExactly("coordinator"))
                .hasMessageContaining("TLS is not a member");

        assertThat(coordination.decisions()).hasSize(before);
        assertThat(coordinatorOf(INDIA, "2025-01-01")).isEqualTo("PHL");
    }

    @Test
    void refusesOverlappingDecisionsForOnePartnerWithTheOneAlreadyRecorded() {
        coordination.recordDeparture(new RecordDeparture(INDIA, VIET_NAM, LocalDate.of(2040, 1, 1), LocalDate.of(2040, 6, 30), null));
        int before = coordination.decisions().size();

        assertThatThrownBy(() -> coordination.recordDeparture(new RecordDeparture(INDIA, PartyCode.of("THA"),
                LocalDate.of(2040, 6, 30), LocalDate.of(2040, 12, 31), null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already makes VNM coordinator of IND from 2040-01-01 to 2040-06-30");

        assertThat(coordination.decisions()).hasSize(before);
        assertThat(coordinatorOf(INDIA, "2040-07-01")).isNotEqualTo("THA");
    }

    @Test
    void theDatabaseRefusesOverlapsToo() {
        coordination.recordDeparture(new RecordDeparture(CANADA, VIET_NAM, LocalDate.of(2042, 1, 1), LocalDate.of(2042, 1, 31), null));
        // A concurrent recording passes the check before the first commits; the exclusion constraint still refuses it.
        assertThatThrownBy(() -> departures.insert(java.util.UUID.randomUUID(),
                new RecordDeparture(CANADA, PartyCode.of("THA"), LocalDate.of(2042, 1, 15), LocalDate.of(2042, 2, 15), null)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void refusesAPartyThatIsNoDialoguePartnerAndAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> coordination.recordDeparture(new RecordDeparture(PartyCode.of("PNG"), VIET_NAM,
                LocalDate.of(2044, 1, 1), LocalDate.of(2044, 2, 1), null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("PNG is not a dialogue partner");
        assertThatThrownBy(() -> new RecordDeparture(CANADA, VIET_NAM, LocalDate.of(2044, 2, 1), LocalDate.of(2044, 1, 1), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("ends before it starts");
    }

    @Test
    @WithMockUser(username = "vnm", authorities = "DELEGATION_OFFICER:VNM")
    void aDelegationOfficerMayNotRecordDecisions() {
        assertThatThrownBy(() -> coordination.recordDeparture(new RecordDeparture(CANADA, VIET_NAM, LocalDate.of(2045, 1, 1),
                LocalDate.of(2045, 2, 1), null))).isInstanceOf(AccessRefused.class);
        assertThat(coordinatorOf(CANADA, "2045-01-15")).isNotEqualTo("VNM");
    }

    @Autowired
    Departures departures;

    private String coordinatorOf(PartyCode partner, String date) {
        return coordination.coordinatorAt(partner, LocalDate.parse(date)).orElseThrow().coordinator().value();
    }
}
