package org.mufakat.documents;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amendments, positions and decisions on real PostgreSQL, including positions recorded all at once. */
@SpringBootTest
@AsRecordKeeper
class DocumentDecisionsTests {

    static final LocalDate DAY = LocalDate.of(2048, 2, 12);

    @Autowired
    DocumentDrafting drafting;
    @Autowired
    DocumentDecisions decisions;
    @Autowired
    DocumentRecords records;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    Organisation organisation;
    @Autowired
    CurrentActor actor;

    DocumentFixtures fixtures;
    MeetingId som;
    MeetingId retreat;
    DocumentView document;

    @BeforeEach
    void document() {
        fixtures = new DocumentFixtures(calendar, drafting, decisions, organisation, actor);
        som = fixtures.meeting("SOM", DAY);
        retreat = fixtures.meeting("AMM Retreat", DAY.plusDays(40));
        document = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som, retreat));
    }

    private static String code(Throwable thrown) {
        return ((RuleViolation) thrown).violations().getFirst().code();
    }

    @Test
    void anAcceptedAmendmentGoesIntoTheNextVersion() {
        AmendmentView proposed = drafting.propose(new ProposeAmendment(document.id(), PartyCode.of("VNM"), 1, "op2",
                AmendmentOperation.REPLACE, "Task the Ministers to report annually.", "Regular reporting"));
        assertThat(proposed.status()).isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(proposed.paragraphText()).isEqualTo("Task the Ministers to report.");

        AmendmentView accepted = drafting.settle(proposed.id(), AmendmentStatus.ACCEPTED, proposed.version());

        assertThat(accepted.status()).isEqualTo(AmendmentStatus.ACCEPTED);
        assertThat(accepted.appliedInVersion()).isEqualTo(2);
        VersionView second = records.getVersion(document.id(), 2);
        assertThat(second.text().paragraph("OP2").orElseThrow().text()).isEqualTo("Task the Ministers to report annually.");
        assertThat(second.note()).contains("VNM").contains("OP2");
    }

    @Test
    void anAmendmentFollowsItsParagraphWhenOthersAreInsertedBeforeIt() {
        AmendmentView proposed = drafting.propose(new ProposeAmendment(document.id(), PartyCode.of("THA"), 1, "OP3",
                AmendmentOperation.DELETE, null, "Not needed"));
        drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT.replace("---\n\n", "---\n\nA new first paragraph.\n\n"), null));

        drafting.settle(proposed.id(), AmendmentStatus.ACCEPTED, null);

        assertThat(records.getVersion(document.id(), 3).text().paragraphs()).extracting(TextBlock::text)
                .doesNotContain("Welcome the Chair's initiatives.").contains("A new first paragraph.");
    }

    @Test
    void anAmendmentToAParagraphThatNoLongerExistsIsRefused() {
        drafting.save(new SaveText(document.id(), 1, "Recalling the ASEAN Charter;\n\n---\n\nAgree to enhance connectivity.", null));
        AmendmentView stale = drafting.propose(new ProposeAmendment(document.id(), PartyCode.of("VNM"), 2, "OP1",
                AmendmentOperation.REPLACE, "Agree to deepen connectivity.", "Stronger"));
        drafting.save(new SaveText(document.id(), 2, "Recalling the ASEAN Charter;\n\n---\n\nAgree on something else.", null));

        assertThatThrownBy(() -> drafting.propose(new ProposeAmendment(document.id(), PartyCode.of("VNM"), 1, "OP3",
                AmendmentOperation.DELETE, null, "Too late"))).satisfies(t -> assertThat(code(t)).isEqualTo("amendment.paragraph.gone"));
        assertThatThrownBy(() -> drafting.propose(new ProposeAmendment(document.id(), PartyCode.of("VNM"), 3, "OP9",
                AmendmentOperation.DELETE, null, "No such"))).satisfies(t -> assertThat(code(t)).isEqualTo("amendment.paragraph.unknown"));
        assertThatThrownBy(() -> drafting.settle(stale.id(), AmendmentStatus.ACCEPTED, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("amendment.paragraph.gone"));
        assertThat(drafting.settle(stale.id(), AmendmentStatus.OVERTAKEN, null).status()).isEqualTo(AmendmentStatus.OVERTAKEN);
        assertThat(records.versions(document.id())).hasSize(3);
    }

    @Test
    void aSettledAmendmentIsNotSettledAgainAndOnlyCountedStatesPropose() {
        AmendmentView proposed = drafting.propose(new ProposeAmendment(document.id(), PartyCode.of("VNM"), 1, "OP1",
                AmendmentOperation.INSERT_AFTER, "Welcome the new partners.", "Completeness"));
        drafting.settle(proposed.id(), AmendmentStatus.WITHDRAWN, null);

        assertThatThrownBy(() -> drafting.settle(proposed.id(), AmendmentStatus.ACCEPTED, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("amendment.settled"));
        assertThatThrownBy(() -> drafting.propose(new ProposeAmendment(document.id(), PartyCode.of("JPN"), 1, "OP1",
                AmendmentOperation.DELETE, null, "Partner"))).satisfies(t -> assertThat(code(t)).isEqualTo("amendment.party.doesNotCount"));
        assertThat(records.amendments(document.id())).extracting(AmendmentView::status).containsExactly(AmendmentStatus.WITHDRAWN);
    }

    @Test
    void aPositionFromAStateThatDoesNotCountIsRefused() {
        // A dialogue partner and the Secretariat sit at no ASEAN table as states that count.
        for (String party : List.of("JPN", "ASEC")) {
            assertThatThrownBy(() -> decisions.recordPosition(new RecordPosition(document.id(), som, PartyCode.of(party), Position.CONCURS,
                    List.of(), null, null, null))).satisfies(t -> assertThat(code(t)).isEqualTo("position.party.doesNotCount"));
        }
        assertThat(records.matrix(document.id(), som).rows()).hasSize(11).allMatch(r -> r.position() == Position.NONE);
    }

    @Test
    void anObserverOfTheYearDoesNotCountItsMembersDo() {
        MeetingId som2024 = fixtures.meeting("SOM", LocalDate.of(2024, 11, 20));
        DocumentView of2024 = fixtures.document("ASEAN", Classification.RESTRICTED, List.of(som2024));

        assertThatThrownBy(() -> decisions.recordPosition(new RecordPosition(of2024.id(), som2024, PartyCode.of("TLS"), Position.CONCURS,
                List.of(), null, null, null))).satisfies(t -> assertThat(code(t)).isEqualTo("position.party.doesNotCount"));
        assertThat(records.matrix(of2024.id(), som2024).rows()).extracting(r -> r.party().value()).hasSize(10).doesNotContain("TLS");
    }

    @Test
    void tenDelegationsRecordingAtTheSameMomentAreAllRecorded() throws Exception {
        List<PartyCode> counted = fixtures.counted("ASEAN", DAY).subList(0, 10);
        SecurityContext context = SecurityContextHolder.getContext();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<ConsensusMatrix.Row>> futures = new ArrayList<>();
            for (PartyCode party : counted) {
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    start.await();
                    return decisions.recordPosition(new RecordPosition(document.id(), som, party, Position.CONCURS, List.of(), null, null, null));
                }));
            }
            start.countDown();
            for (Future<ConsensusMatrix.Row> future : futures) {
                assertThat(future.get().position()).isEqualTo(Position.CONCURS);
            }
        } finally {
            pool.shutdownNow();
        }
        ConsensusMatrix matrix = records.matrix(document.id(), som);
        assertThat(matrix.rows()).filteredOn(r -> r.position() == Position.CONCURS).extracting(ConsensusMatrix.Row::party)
                .containsExactlyInAnyOrderElementsOf(counted);
        assertThat(records.positionHistory(document.id())).hasSize(10);
    }

    @Test
    void consensusIsReachedWhenEveryCountedStateConcursAndOnlyThenTheTextIsAgreed() {
        List<PartyCode> counted = fixtures.counted("ASEAN", DAY);
        for (PartyCode party : counted) {
            Position position = party.value().equals("MMR") ? Position.RESERVATION : Position.CONCURS;
            decisions.recordPosition(new RecordPosition(document.id(), som, party, position,
                    position == Position.RESERVATION ? List.of("OP2") : List.of(), null, null, null));
        }
        assertThatThrownBy(() -> decisions.decide(new RecordDecision(document.id(), som, Decision.AGREED, 1, false, null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("decision.noConsensus"));

        decisions.recordPosition(new RecordPosition(document.id(), som, PartyCode.of("MMR"), Position.CONCURS_AD_REFERENDUM, List.of(),
                DAY.plusDays(10), null, "Capital to confirm"));
        assertThat(records.matrix(document.id(), som).consensus()).isFalse();
        DecisionView agreed = decisions.decide(new RecordDecision(document.id(), som, Decision.AGREED, 1, true, null));

        assertThat(agreed.adReferendum()).isTrue();
        assertThat(records.journey(document.id())).extracting(Stage::current).containsExactly(false, true);
        assertThat(records.positionHistory(document.id())).hasSize(counted.size() + 1);
    }

    @Test
    void aDecisionMustNameTheVersionUnderConsideration() {
        drafting.save(new SaveText(document.id(), 1, DocumentFixtures.TEXT + "\n\nMore.", null));

        assertThatThrownBy(() -> decisions.decide(new RecordDecision(document.id(), som, Decision.DEFERRED, 1, false, null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("decision.version.notUnderConsideration"));
        assertThat(decisions.decide(new RecordDecision(document.id(), som, Decision.DEFERRED, 2, false, null)).version()).isEqualTo(2);
    }

    @Test
    void adoptionPublishesAndFreezesTheTextAndListsItAmongTheMeetingsOutcomes() {
        fixtures.everyoneConcurs(document, som, DAY);
        decisions.decide(new RecordDecision(document.id(), som, Decision.ENDORSED, 1, false, null));
        assertThatThrownBy(() -> decisions.decide(new RecordDecision(document.id(), retreat, Decision.ADOPTED, 1, false, null)))
                .as("positions are taken again at the next meeting").satisfies(t -> assertThat(code(t)).isEqualTo("decision.noConsensus"));
        fixtures.everyoneConcurs(document, retreat, DAY.plusDays(40));

        decisions.decide(new RecordDecision(document.id(), retreat, Decision.ADOPTED, 1, false, null));

        assertThat(records.get(document.id()).published()).isTrue();
        assertThat(records.outcomesOf(retreat)).singleElement().satisfies(o -> {
            assertThat(o.symbol()).isEqualTo(document.symbol());
            assertThat(o.decision()).isEqualTo(Decision.ADOPTED);
            assertThat(o.version()).isEqualTo(1);
        });
        assertThat(records.outcomesOf(som)).extracting(Outcome::decision).containsExactly(Decision.ENDORSED);
        assertThatThrownBy(() -> drafting.save(new SaveText(document.id(), 1, "Changed after adoption.", null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("document.text.final"));
    }

    @Test
    void onlyTheChairsOwnPapersAreIssuedAndWithoutConsensus() {
        assertThatThrownBy(() -> decisions.decide(new RecordDecision(document.id(), som, Decision.ISSUED, 1, false, null)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("decision.issued.notChairs"));
        DocumentView statement = actor.asSystem("test", () -> drafting.register(new RegisterDocument(DocumentKind.CHAIRMANS_STATEMENT,
                document.framework(), org.mufakat.platform.domain.LocalizedText.english("Chairman's Statement"), null, Classification.PUBLIC,
                false, List.of(som), "The Chair states.", null)));

        assertThat(decisions.decide(new RecordDecision(statement.id(), som, Decision.ISSUED, 1, false, null)).decision()).isEqualTo(Decision.ISSUED);
    }
}
