package org.mufakat.commitments;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mufakat.commitments.PlanFixtures.area;
import static org.mufakat.commitments.PlanFixtures.easPlan;
import static org.mufakat.commitments.PlanFixtures.line;

@SpringBootTest
@AsRecordKeeper
class PlanRegisterTests {

    @Autowired
    PlanRegister plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAPlanWithItsAreasActionLinesAndAdoptingDocument() {
        PlanSummary recorded = plans.record(easPlan("Recorded plan " + UUID.randomUUID()));

        PlanDetails details = plans.get(recorded.id());
        assertThat(details.areas()).extracting(PlanArea::number).containsExactly(1, 2, 3);
        assertThat(details.actionLines()).extracting(ActionLine::code).containsExactly("1.1", "1.2", "2.1", "2.2", "3.1");
        assertThat(details.plan().adoptedBy().symbol()).startsWith("Test Declaration on Recorded plan");
        assertThat(details.plan().fromYear()).isEqualTo(2031);
    }

    @Test
    void refusesActionLinesOutsideThePlansAreasAndSavesNothing() {
        String title = "Plan with a stray line " + UUID.randomUUID();
        RecordPlan command = new RecordPlan(LocalizedText.of(title, null), FrameworkCode.of("EAS"), 2031, 2033, null,
                List.of(area(1, "One"), area(2, "Two")), List.of(line("1.1"), line("4.2.1")));

        assertThatThrownBy(() -> plans.record(command)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("plan.actionLine.outsideAreas");
            assertThat(v.getMessage()).contains("4.2.1").contains("no area 4");
        });
        assertThat(jdbc.sql("select count(*) from plan_of_action where title_en = ?").param(title).query(Integer.class).single()).isZero();
    }

    @Test
    void refusesAReportForAYearOutsideThePeriodAndSavesNothing() {
        PlanSummary plan = plans.record(easPlan("Period plan " + UUID.randomUUID()));

        assertThatThrownBy(() -> plans.report(report(plan.id(), 2034, "VNM", ReportStatus.COMPLETED, "1.1")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("plan.year.outsidePeriod");
                    assertThat(v.getMessage()).contains("2034").contains("2031–2033");
                });
        assertThat(plans.reports(plan.id())).isEmpty();
    }

    @Test
    void refusesAReportServingAnActionLineThePlanDoesNotHave() {
        PlanSummary plan = plans.record(easPlan("Line plan " + UUID.randomUUID()));

        assertThatThrownBy(() -> plans.report(report(plan.id(), 2031, "VNM", ReportStatus.ONGOING, "1.1", "9.9")))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("implementation.actionLine.unknown"));
        assertThat(plans.reports(plan.id())).isEmpty();
    }

    @Test
    void refusesAReportByAPartyNotAtTheFrameworksTable() {
        PlanSummary plan = plans.record(easPlan("Table plan " + UUID.randomUUID()));

        assertThatThrownBy(() -> plans.report(report(plan.id(), 2031, "EU", ReportStatus.ONGOING, "1.1")))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("implementation.party.notAtTable"));
    }

    @Test
    void countsProgressByAreaAndYear() {
        PlanSummary plan = plans.record(easPlan("Progress plan " + UUID.randomUUID()));
        plans.report(report(plan.id(), 2031, "VNM", ReportStatus.COMPLETED, "1.1"));
        plans.report(report(plan.id(), 2031, "JPN", ReportStatus.ONGOING, "1.2"));
        plans.report(report(plan.id(), 2031, "AUS", ReportStatus.COMPLETED, "1.1", "2.1")); // serves areas 1 and 2
        plans.report(report(plan.id(), 2032, "IDN", ReportStatus.DROPPED, "2.2"));
        plans.report(report(plan.id(), 2032, "KOR", ReportStatus.PLANNED, "2.1"));

        PlanProgress progress = plans.progress(plan.id());

        assertThat(progress.years()).containsExactly(2031, 2032, 2033);
        PlanProgress.AreaRow area1 = progress.rows().get(0);
        PlanProgress.AreaRow area2 = progress.rows().get(1);
        PlanProgress.AreaRow area3 = progress.rows().get(2);
        assertThat(area1.cells().get(0)).isEqualTo(new PlanProgress.Tally(3, 2, 1, 0, 0));
        assertThat(area1.cells().get(0).percent()).isEqualTo(67);
        assertThat(area1.cells().get(0).level()).isEqualTo(3);
        assertThat(area1.cells().get(1).reports()).isZero();
        assertThat(area1.cells().get(1).level()).isZero();
        assertThat(area2.cells().get(0)).isEqualTo(new PlanProgress.Tally(1, 1, 0, 0, 0));
        assertThat(area2.cells().get(0).level()).isEqualTo(4);
        assertThat(area2.cells().get(1)).isEqualTo(new PlanProgress.Tally(2, 0, 0, 1, 1));
        assertThat(area2.cells().get(1).percent()).isZero();
        assertThat(area2.cells().get(1).level()).isEqualTo(1);
        assertThat(area2.total()).isEqualTo(new PlanProgress.Tally(3, 1, 0, 1, 1));
        assertThat(area3.total().reports()).isZero();
        assertThat(area3.total().percent()).isNull();
        // A report serving two areas counts once in its year's total.
        assertThat(progress.yearTotals().get(0)).isEqualTo(new PlanProgress.Tally(3, 2, 1, 0, 0));
        assertThat(progress.total()).isEqualTo(new PlanProgress.Tally(5, 2, 1, 1, 1));
        assertThat(progress.total().percent()).isEqualTo(40);
    }

    @Test
    void drillsDownToAnAreasActionLinesAndTheirReports() {
        PlanSummary plan = plans.record(easPlan("Drill plan " + UUID.randomUUID()));
        plans.report(report(plan.id(), 2031, "VNM", ReportStatus.COMPLETED, "2.1"));
        plans.report(report(plan.id(), 2032, "JPN", ReportStatus.ONGOING, "2.1", "2.2"));

        AreaDetails area = plans.area(plan.id(), 2);

        assertThat(area.lines()).extracting(l -> l.line().code()).containsExactly("2.1", "2.2");
        assertThat(area.lines().get(0).reports()).extracting(ReportView::party).containsExactly(PartyCode.of("VNM"), PartyCode.of("JPN"));
        assertThat(area.lines().get(1).reports()).extracting(ReportView::status).containsExactly(ReportStatus.ONGOING);
    }

    @Test
    void refusesToRemoveAnActionLineThatHasReports() {
        PlanSummary plan = plans.record(easPlan("Shrinking plan " + UUID.randomUUID()));
        plans.report(report(plan.id(), 2031, "VNM", ReportStatus.COMPLETED, "3.1"));
        RecordPlan withoutArea3 = new RecordPlan(plan.title(), plan.framework(), 2031, 2033, null,
                List.of(area(1, "One"), area(2, "Two")), List.of(line("1.1")));

        assertThatThrownBy(() -> plans.revise(plan.id(), withoutArea3, plan.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).contains("plan.actionLine.reported"));
        assertThat(plans.get(plan.id()).actionLines()).hasSize(5);
    }

    @Test
    void refusesToShrinkThePeriodBelowReportedYears() {
        PlanSummary plan = plans.record(easPlan("Short plan " + UUID.randomUUID()));
        plans.report(report(plan.id(), 2033, "VNM", ReportStatus.COMPLETED, "1.1"));
        RecordPlan shorter = new RecordPlan(plan.title(), plan.framework(), 2031, 2032, null,
                plans.get(plan.id()).areas(), plans.get(plan.id()).actionLines());

        assertThatThrownBy(() -> plans.revise(plan.id(), shorter, plan.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("plan.period.excludesReports"));
        assertThat(plans.get(plan.id()).plan().toYear()).isEqualTo(2033);
    }

    @Test
    void aRevisionOfAStaleVersionIsAConflictNamingWhatChanged() {
        PlanSummary plan = plans.record(easPlan("Contested plan " + UUID.randomUUID()));
        RecordPlan renamed = new RecordPlan(LocalizedText.of(plan.title().en() + " (renamed)", null), plan.framework(), 2031, 2033, null,
                plans.get(plan.id()).areas(), plans.get(plan.id()).actionLines());
        plans.revise(plan.id(), renamed, plan.version());

        assertThatThrownBy(() -> plans.revise(plan.id(), renamed, plan.version()))
                .isInstanceOfSatisfying(EditConflict.class, conflict ->
                        assertThat(conflict.changes()).extracting(EditConflict.FieldChange::field).contains("title"));
    }

    @Test
    void acceptsProposalsFromPartnersOnlyUnderExistingAreas() {
        PlanSummary plan = plans.record(easPlan("Proposal plan " + UUID.randomUUID()));

        plans.propose(plan.id(), PartyCode.of("JPN"), 2, 2032, LocalizedText.of("Marine debris workshop", null));

        assertThat(plans.area(plan.id(), 2).proposals()).extracting(PartnerProposal::partyCode).containsExactly(PartyCode.of("JPN"));
        assertThatThrownBy(() -> plans.propose(plan.id(), PartyCode.of("JPN"), 7, 2032, LocalizedText.of("Nowhere", null)))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("plan.proposal.noArea"));
        assertThatThrownBy(() -> plans.propose(plan.id(), PartyCode.of("VNM"), 2, 2032, LocalizedText.of("Not a partner", null)))
                .isInstanceOfSatisfying(RuleViolation.class, v ->
                        assertThat(v.violations()).extracting(RuleViolation.Violation::code).containsExactly("plan.proposal.notPartner"));
    }

    @Test
    void theDemoDataHoldsTheEasPlanOfActionWithSixteenAreasFourOfThemNamedByTheSeeds() {
        PlanSummary eas = plans.plans().stream().filter(p -> p.title().en().equals("East Asia Summit Plan of Action 2024–2028")).findFirst().orElseThrow();

        PlanDetails details = plans.get(eas.id());
        assertThat(details.areas()).hasSize(16);
        assertThat(details.areas().subList(0, 4)).extracting(a -> a.title().en())
                .containsExactly("Sustainable development", "Maritime cooperation", "Connectivity", "Food security");
        assertThat(details.areas().get(15).title().en()).contains("not named in the seed reports");
        assertThat(details.reviews()).extracting(r -> r.meeting().series().value()).containsExactly("EAS SOM");
    }

    static ReportImplementation report(PlanId plan, int year, String party, ReportStatus status, String... lines) {
        return new ReportImplementation(plan, year, PartyCode.of(party), LocalizedText.of("Activity of " + party + " in " + year, null),
                Set.of(lines), status);
    }
}
