package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The five seed reports end to end: imported, every fact accepted, each meeting the demo data already has matched
 * (none scheduled twice), and the meeting pages list the reports that cover them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AsRecordKeeper
class SeedIntakeTests {

    static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");

    @Autowired
    PressIntake intake;
    @Autowired
    PressReports reports;
    @Autowired
    ReportReview review;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    MockMvc mvc;

    @Test
    void theSeedsAreImportedTheirFactsAcceptedAndNoMeetingOnRecordIsScheduledTwice() throws Exception {
        List<IncomingReport> seeds = new ArrayList<>();
        assumeTrue(Files.isDirectory(SEEDS), "The seed corpus is not at " + SEEDS.toAbsolutePath().normalize() + ": skipped");
        try (Stream<Path> files = Files.list(SEEDS).sorted()) {
            for (Path file : files.toList()) {
                seeds.add(new IncomingReport(Files.readAllBytes(file), file.getFileName().toString(), null, null, null));
            }
        }
        Map<Integer, Integer> before = Map.of(2018, count(2018), 2021, count(2021), 2024, count(2024));

        ImportSummary summary = intake.importAll(seeds);

        assertThat(summary.imported()).as(summary.line()).isEqualTo(5);
        int accepted = 0;
        for (ImportOutcome outcome : summary.outcomes()) {
            ReportView view = reports.view(outcome.report());
            assertThat(view.facts()).isNotEmpty();
            for (FactView fact : view.facts()) {
                if (fact.kind() == FactKind.MEETING) {
                    assertThat(fact.match()).as("a match on record for " + fact.values() + " in " + outcome.name()).isNotNull();
                }
            }
            for (FactView fact : view.facts()) {
                review.accept(outcome.report(), fact.position(), reports.view(outcome.report()).version());
                accepted++;
            }
            ReportView reviewed = reports.view(outcome.report());
            assertThat(reviewed.summary().status()).isEqualTo(ReviewStatus.REVIEWED);
            assertThat(reviewed.facts()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.ACCEPTED));
            assertThat(reviewed.facts()).filteredOn(f -> f.kind() == FactKind.MEETING)
                    .allSatisfy(f -> assertThat(f.records()).extracting(RecordRef::action).doesNotContain(RecordRef.Action.CREATED));
        }
        assertThat(accepted).isGreaterThanOrEqualTo(25);
        assertThat(Map.of(2018, count(2018), 2021, count(2021), 2024, count(2024))).isEqualTo(before);

        MeetingSummary amm57 = meeting(2024, "AMM", 57);
        String panel = mvc.perform(get("/meetings/{id}/reports", amm57.id())).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        MeetingSummary summits = meeting(2024, "Summit", 44);
        assertThat(reports.covering(summits.id())).extracting(CoveringReport::title)
                .containsExactly("Cam kết phối hợp chặt chẽ bảo đảm thành công của Hội nghị cấp cao ASEAN");
        MeetingSummary retreat = calendar.meetings(MeetingFilter.year(2024)).meetings().stream()
                .filter(m -> m.series().value().equals("AMM Retreat")).findFirst().orElseThrow();
        assertThat(reports.covering(retreat.id())).hasSize(1);
    }

    private int count(int year) {
        return (int) calendar.meetings(MeetingFilter.year(year)).total();
    }

    private MeetingSummary meeting(int year, String series, int ordinal) {
        return calendar.meetings(MeetingFilter.year(year)).meetings().stream()
                .filter(m -> m.series().value().equals(series) && m.ordinals() != null && m.ordinals().numbers().contains(ordinal))
                .findFirst().orElseThrow();
    }
}
