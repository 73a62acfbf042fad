package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.chair.Chairmanship;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An accepted chair fact goes into the record: it confirms the chair year on record, opens one that is not, and is
 * refused where the record names another chair. Years of their own: 2009 and 2013 are not in the demo data.
 */
@SpringBootTest
@AsRecordKeeper
class ChairFactTests {

    @Autowired
    PressIntake intake;
    @Autowired
    PressReports reports;
    @Autowired
    ReportReview review;
    @Autowired
    Chairmanship chairmanship;

    @Test
    void acceptingTheChairOfAYearOnRecordConfirmsItWithTheReportAsSource() {
        ReportId report = imported(2024, "Vientiane", "Laos", "Lao PDR");
        FactView chair = chairFact(report);

        review.accept(report, chair.position(), version(report));

        assertThat(reports.view(report).fact(chair.position()).records())
                .containsExactly(new RecordRef("CHAIR_YEAR", null, null, 2024, RecordRef.Action.CONFIRMED));
        assertThat(chairmanship.chairOf(2024)).contains(PartyCode.of("LAO"));
    }

    @Test
    void acceptingTheChairOfAYearNotOnRecordOpensThatChairYear() {
        int year = chairmanship.chairOf(2009).isPresent() ? 2013 : 2009;
        ReportId report = imported(year, "Bangkok", "Thailand", "Thailand");

        review.accept(report, chairFact(report).position(), version(report));

        assertThat(chairmanship.chairOf(year)).contains(PartyCode.of("THA"));
        assertThat(reports.view(report).fact(chairFact(report).position()).records())
                .containsExactly(new RecordRef("CHAIR_YEAR", null, null, year, RecordRef.Action.CREATED));
    }

    @Test
    void aChairOtherThanTheOneOnRecordIsRefusedAndNothingChanges() {
        ReportId report = imported(2024, "Vientiane", "Laos", "Thailand");
        FactView chair = chairFact(report);

        assertThatThrownBy(() -> review.accept(report, chair.position(), version(report)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().code()).isEqualTo("press.chair.differs"));
        assertThat(chairmanship.chairOf(2024)).contains(PartyCode.of("LAO"));
        assertThat(reports.view(report).fact(chair.position()).status()).isEqualTo(FactStatus.PROPOSED);
    }

    private ReportId imported(int year, String city, String country, String chair) {
        String text = "ASEAN senior officials meet in " + city + " " + UUID.randomUUID() + "\n\n"
                + "On 14-15 March " + year + ", the ASEAN Senior Officials' Meeting (ASEAN SOM) took place in person in " + city + ", "
                + country + ".\n\n" + chair + ", the ASEAN Chair, hosted the meeting and welcomed the delegations.\n\n"
                + "They also discussed " + PressFixtures.words(UUID.randomUUID().toString()) + ".";
        ImportOutcome outcome = intake.importReport(PressFixtures.text(text));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        return outcome.report();
    }

    private FactView chairFact(ReportId report) {
        return reports.view(report).facts().stream().filter(f -> f.kind() == FactKind.CHAIR_COUNTRY).findFirst().orElseThrow();
    }

    private long version(ReportId report) {
        return reports.view(report).version();
    }
}
