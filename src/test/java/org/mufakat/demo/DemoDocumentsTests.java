package org.mufakat.demo;

import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.documents.AmendmentStatus;
import org.mufakat.documents.AmendmentView;
import org.mufakat.documents.Decision;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.Outcome;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo documents of 2024, loaded with the demo data, stand at the stages the demo file describes. */
@SpringBootTest
class DemoDocumentsTests {

    @Autowired
    DocumentRecords records;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    CurrentActor actor;

    private DocumentView titled(String title) {
        return actor.asSystem("test", () -> records.list(2024, null)).stream().filter(d -> d.title().en().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theVientianeDeclarationWasAmendedAgreedAtTheSomAndAdoptedByTheSummits() {
        DocumentView declaration = titled("Vientiane Declaration on Enhancing Connectivity and Resilience");

        assertThat(declaration.symbol()).startsWith("ASEAN/2024/DECL/");
        assertThat(declaration.published()).isTrue();
        assertThat(declaration.currentVersion()).isEqualTo(3);
        List<AmendmentView> amendments = actor.asSystem("test", () -> records.amendments(declaration.id()));
        assertThat(amendments).extracting(AmendmentView::status).containsExactly(AmendmentStatus.ACCEPTED, AmendmentStatus.REJECTED);
        MeetingSummary summits = calendar.meetings(MeetingFilter.year(2024)).meetings().stream()
                .filter(m -> m.series().value().equals("Summit") && m.dates().startDate().equals(LocalDate.of(2024, 10, 8))).findFirst().orElseThrow();
        List<Outcome> outcomes = records.outcomesOf(summits.id());
        assertThat(outcomes).extracting(Outcome::decision).contains(Decision.ADOPTED, Decision.ISSUED);
        assertThat(outcomes).extracting(Outcome::symbol).contains(declaration.symbol());
    }

    @Test
    void theLeadersStatementIsStillUnderNegotiationAndHiddenFromThePublic() {
        DocumentView statement = titled("ASEAN Leaders' Statement on Digital Transformation");

        assertThat(statement.published()).isFalse();
        assertThat(records.find(statement.id())).as("restricted draft, read anonymously").isEmpty();
        var matrix = actor.asSystem("test", () -> records.matrix(statement.id(), statement.path().getFirst()));
        assertThat(matrix.consensus()).isFalse();
        assertThat(matrix.outstanding()).extracting(p -> p.value()).containsExactlyInAnyOrder("KHM", "MMR");
    }
}
