package org.mufakat.chair;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Recording chair years; the years here are 2057-2060 (and 2025, which is only read). */
@AsRecordKeeper
@SpringBootTest
class ChairmanshipTests {

    @Autowired
    Chairmanship chairmanship;

    @Test
    void recordsAYearWithItsThemePrioritiesAndInitiatives() {
        ChairYearDetails year = chairmanship.record(new RecordChairYear(2058, PartyCode.of("SGP"), LocalizedText.english("Onward"),
                List.of(new Priority(LocalizedText.english("Connectivity"), LocalizedText.english("Seamless travel"))),
                List.of(new Initiative(LocalizedText.english("Forum"), null)), null));

        assertThat(chairmanship.chairYear(2058)).contains(year);
        assertThat(chairmanship.chairOf(2058)).contains(PartyCode.of("SGP"));
    }

    @Test
    void refusesAChairWhoIsNotAMemberOnTheFirstDayOfTheYear() {
        assertThat(codes(() -> chairmanship.record(new RecordChairYear(2059, PartyCode.of("JPN"), null, null, null, null))))
                .containsExactly("chairYear.chair.notMember");
        assertThat(codes(() -> chairmanship.record(new RecordChairYear(2059, PartyCode.of("ZZZ"), null, null, null, null))))
                .containsExactly("chairYear.chair.unknown");
        assertThat(chairmanship.chairYear(2059)).isEmpty();
    }

    @Test
    void timorLesteCouldNotChair2025ButCanChairOnceAMember() {
        // Admitted on 26 October 2025: not a member on 1 January 2025. The year 2025 is on record (Malaysia) and stays so.
        assertThat(codes(() -> chairmanship.record(new RecordChairYear(2025, PartyCode.of("TLS"), null, null, null, 0L))))
                .containsExactly("chairYear.chair.notMember");
        assertThat(chairmanship.chairOf(2025)).contains(PartyCode.of("MYS"));
    }

    @Test
    void refusesAPriorityWithoutTextAndSavesNothing() {
        assertThat(codes(() -> chairmanship.record(new RecordChairYear(2060, PartyCode.of("THA"), null,
                List.of(new Priority(LocalizedText.english("Resilience"), null)), null, null))))
                .containsExactly("chairYear.priority.empty");
        assertThat(chairmanship.chairYear(2060)).isEmpty();
    }

    @Test
    void aRecordedYearIsRevisedOnlyWithTheVersionTheEditorLoaded() {
        ChairYearDetails loaded = chairmanship.record(new RecordChairYear(2057, PartyCode.of("VNM"), null, null, null, null));

        assertThat(codes(() -> chairmanship.record(new RecordChairYear(2057, PartyCode.of("VNM"), null, null, null, null))))
                .containsExactly("chairYear.year.exists");
        ChairYearDetails first = chairmanship.record(new RecordChairYear(2057, PartyCode.of("BRN"), null, null, null, loaded.version()));
        EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> chairmanship.record(new RecordChairYear(2057,
                PartyCode.of("VNM"), LocalizedText.english("Theme"), null, null, loaded.version())));

        assertThat(conflict).isNotNull();
        assertThat(conflict.currentVersion()).isEqualTo(first.version());
        assertThat(conflict.changes()).containsExactly(new EditConflict.FieldChange("chair", "VNM", "BRN"));
        assertThat(chairmanship.chairYear(2057).orElseThrow().theme()).isNull();
    }

    private static List<String> codes(org.assertj.core.api.ThrowableAssert.ThrowingCallable command) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, command);
        assertThat(violation).as("the command is refused").isNotNull();
        return violation.violations().stream().map(RuleViolation.Violation::code).toList();
    }
}
