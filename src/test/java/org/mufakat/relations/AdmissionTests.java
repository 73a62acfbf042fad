package org.mufakat.relations;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.Admission;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.organisation.Role;
import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admitting a roadmap's candidate changes the organisation's membership from that date, for every rule that asks
 * it: who is a member, who sits at which table and as what, who counts. Timor-Leste (admitted 26 Oct 2025 in the
 * definition file and the demo roadmap) is admitted on another date here, then back.
 */
@AsRecordKeeper
@SpringBootTest
class AdmissionTests {

    private static final PartyCode TIMOR_LESTE = PartyCode.of("TLS");
    private static final LocalDate ADMITTED = LocalDate.of(2025, 10, 26);

    @Autowired
    MembershipRoadmaps roadmaps;
    @Autowired
    Organisation organisation;

    @Test
    void movingTheAdmissionMovesMembershipSeatsAndWhoCounts() {
        RoadmapId roadmap = timorLestesRoadmap().id();
        LocalDate newYear2026 = LocalDate.of(2026, 1, 1);
        assertThat(organisation.isMemberAt(TIMOR_LESTE, newYear2026)).isTrue();
        assertThat(counted(FrameworkCode.of("ASEAN"), newYear2026)).isEqualTo(11);
        try {
            roadmaps.admit(roadmap, LocalDate.of(2026, 3, 1));

            assertThat(organisation.membersAt(newYear2026)).extracting(Party::code).hasSize(10).doesNotContain(TIMOR_LESTE);
            assertThat(organisation.roleAt(TIMOR_LESTE, newYear2026)).contains(Role.OBSERVER);
            assertThat(organisation.seatAt(FrameworkCode.of("ASEAN"), TIMOR_LESTE, newYear2026)).contains(Role.OBSERVER);
            assertThat(counted(FrameworkCode.of("ASEAN"), newYear2026)).isEqualTo(10);
            assertThat(organisation.seatAt(FrameworkCode.of("ARF"), TIMOR_LESTE, newYear2026)).contains(Role.PARTICIPANT);
            assertThat(organisation.seatAt(FrameworkCode.of("EAS"), TIMOR_LESTE, newYear2026)).isEmpty();

            LocalDate admitted = LocalDate.of(2026, 3, 1);
            assertThat(organisation.membersAt(admitted)).extracting(Party::code).hasSize(11).contains(TIMOR_LESTE);
            assertThat(organisation.seatAt(FrameworkCode.of("EAS"), TIMOR_LESTE, admitted)).contains(Role.MEMBER);
            assertThat(counted(FrameworkCode.of("ASEAN"), admitted)).isEqualTo(11);
            assertThat(roadmaps.roadmap(roadmap).admittedOn()).isEqualTo(admitted);
            assertThat(organisation.admissions()).contains(new Admission(TIMOR_LESTE, admitted));
        } finally {
            roadmaps.admit(roadmap, ADMITTED);
        }
        assertThat(organisation.isMemberAt(TIMOR_LESTE, newYear2026)).isTrue();
        assertThat(organisation.roleAt(TIMOR_LESTE, ADMITTED.minusDays(1))).contains(Role.OBSERVER);
        assertThat(organisation.seatAt(FrameworkCode.of("ARF"), TIMOR_LESTE, ADMITTED.minusDays(1))).contains(Role.PARTICIPANT);
    }

    @Test
    void refusesAnAdmissionBeforeTheRoadmapBeganAndChangesNothing() {
        RoadmapView roadmap = timorLestesRoadmap();

        assertThatThrownBy(() -> roadmaps.admit(roadmap.id(), roadmap.beganOn().minusDays(1)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("cannot come before the roadmap began (2023-05-11)");

        assertThat(roadmaps.roadmap(roadmap.id()).admittedOn()).isEqualTo(ADMITTED);
        assertThat(organisation.isMemberAt(TIMOR_LESTE, LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void theOrganisationAdmitsOnlyAStateThatHasBeenAnObserver() {
        assertThatThrownBy(() -> organisation.recordAdmission(new Admission(PartyCode.of("PNG"), LocalDate.of(2030, 1, 1)), "test"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not a state that has been an observer");
        assertThat(organisation.isMemberAt(PartyCode.of("PNG"), LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    @WithMockUser(username = "lao2024", authorities = "CHAIR_SECRETARIAT:2024")
    void onlyAdministratorsAndTheAseanSecretariatAdmit() {
        RoadmapId roadmap = timorLestesRoadmap().id();
        assertThatThrownBy(() -> roadmaps.admit(roadmap, LocalDate.of(2026, 3, 1))).isInstanceOf(AccessRefused.class);
        assertThat(organisation.isMemberAt(TIMOR_LESTE, LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void theDemoRoadmapListsItsCriteriaInstrumentsAndTheMeetingThatReviewedIt() {
        RoadmapView roadmap = timorLestesRoadmap();
        assertThat(roadmap.beganOn()).isEqualTo(LocalDate.of(2023, 5, 11));
        assertThat(roadmap.criteria()).extracting(Criterion::status).containsOnly(CriterionStatus.IN_PROGRESS);
        assertThat(roadmap.instruments()).extracting(i -> i.title().en()).contains("Treaty of Amity and Cooperation in Southeast Asia");
        assertThat(roadmap.instruments()).extracting(Instrument::accededOn).containsOnlyNulls();
        assertThat(roadmap.reviews()).hasSize(1);
    }

    @Test
    void refusesARoadmapForAPartyThatIsAlreadyAMember() {
        assertThatThrownBy(() -> roadmaps.open(new RecordRoadmap(PartyCode.of("VNM"), org.mufakat.platform.domain.LocalizedText.english("x"),
                LocalDate.of(2024, 1, 1), null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("VNM is not a candidate");
    }

    private int counted(FrameworkCode framework, LocalDate date) {
        Map<PartyCode, Role> participants = organisation.participantsAt(framework, date);
        return (int) participants.values().stream().filter(Role::isFullParticipant).count();
    }

    private RoadmapView timorLestesRoadmap() {
        return roadmaps.all().stream().filter(r -> r.candidate().equals(TIMOR_LESTE)).findFirst().orElseThrow();
    }
}
