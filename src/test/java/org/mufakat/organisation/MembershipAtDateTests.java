package org.mufakat.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is what, and who sits at which table, at a date, by the real definition (organisations/asean.yaml).
 * Counting "participants" of a framework: the parties whose consent it needs ({@link Role#isFullParticipant()},
 * members and participants); the ASEAN Secretariat's SECRETARIAT seat is at the table but is not counted.
 */
@SpringBootTest
class MembershipAtDateTests {

    private static final PartyCode TIMOR_LESTE = PartyCode.of("TLS");

    @Autowired
    Organisation organisation;

    @Test
    void timorLesteIsAnObserverIn2024() {
        assertThat(organisation.roleAt(TIMOR_LESTE, LocalDate.of(2024, 6, 1))).contains(Role.OBSERVER);
        assertThat(organisation.isMemberAt(TIMOR_LESTE, LocalDate.of(2024, 6, 1))).isFalse();
    }

    @Test
    void timorLesteIsAMemberFrom26October2025AndNotTheDayBefore() {
        assertThat(organisation.isMemberAt(TIMOR_LESTE, LocalDate.of(2025, 10, 25))).isFalse();
        assertThat(organisation.roleAt(TIMOR_LESTE, LocalDate.of(2025, 10, 25))).contains(Role.OBSERVER);
        assertThat(organisation.isMemberAt(TIMOR_LESTE, LocalDate.of(2025, 10, 26))).isTrue();
        assertThat(organisation.roleAt(TIMOR_LESTE, LocalDate.of(2025, 10, 26))).contains(Role.MEMBER);
    }

    @Test
    void aseanHasTenMembersOnNewYear2024AndElevenOnNewYear2026() {
        assertThat(organisation.membersAt(LocalDate.of(2024, 1, 1))).extracting(Party::code)
                .hasSize(10).doesNotContain(TIMOR_LESTE);
        assertThat(organisation.membersAt(LocalDate.of(2026, 1, 1))).extracting(Party::code)
                .hasSize(11).contains(TIMOR_LESTE);
    }

    @Test
    void membersComeInTheAlphabeticalOrderOfTheirEnglishNames() {
        assertThat(organisation.membersAt(LocalDate.of(2026, 1, 1))).extracting(party -> party.code().value())
                .containsExactly("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM");
    }

    @Test
    void theEastAsiaSummitTableHasEighteenParticipantsIn2024() {
        Map<PartyCode, Role> table = organisation.participantsAt(FrameworkCode.of("EAS"), LocalDate.of(2024, 6, 1));

        assertThat(fullParticipants(table)).isEqualTo(18);
        assertThat(table).containsEntry(PartyCode.of("ASEC"), Role.SECRETARIAT).hasSize(19);
        assertThat(table).containsKeys(codes("CHN", "JPN", "KOR", "IND", "AUS", "NZL", "USA", "RUS"));
        assertThat(table).doesNotContainKey(TIMOR_LESTE);
    }

    @Test
    void theAseanRegionalForumHasTwentySevenParticipantsIn2024() {
        Map<PartyCode, Role> table = organisation.participantsAt(FrameworkCode.of("ARF"), LocalDate.of(2024, 6, 1));

        assertThat(fullParticipants(table)).isEqualTo(27);
        assertThat(table).containsEntry(TIMOR_LESTE, Role.PARTICIPANT).containsEntry(PartyCode.of("PRK"), Role.PARTICIPANT);
    }

    @Test
    void timorLesteSitsAtTheRegionalForumAsAMemberOnceAdmittedAndIsCountedOnce() {
        Map<PartyCode, Role> table = organisation.participantsAt(FrameworkCode.of("ARF"), LocalDate.of(2026, 1, 1));

        assertThat(table).containsEntry(TIMOR_LESTE, Role.MEMBER);
        assertThat(fullParticipants(table)).isEqualTo(27);
    }

    @Test
    void russiaAndTheUnitedStatesSitAtTheEastAsiaSummitFrom30October2010() {
        FrameworkCode eas = FrameworkCode.of("EAS");
        for (PartyCode party : codes("RUS", "USA")) {
            assertThat(organisation.seatAt(eas, party, LocalDate.of(2009, 10, 24))).isEmpty();
            assertThat(organisation.seatAt(eas, party, LocalDate.of(2010, 10, 29))).isEmpty();
            assertThat(organisation.seatAt(eas, party, LocalDate.of(2010, 10, 30))).contains(Role.PARTICIPANT);
        }
        assertThat(fullParticipants(organisation.participantsAt(eas, LocalDate.of(2009, 10, 24)))).isEqualTo(16);
    }

    @Test
    void theUnitedKingdomIsADialoguePartnerFrom5August2021() {
        PartyCode uk = PartyCode.of("GBR");

        assertThat(organisation.roleAt(uk, LocalDate.of(2021, 8, 4))).isEmpty();
        assertThat(organisation.roleAt(uk, LocalDate.of(2021, 8, 5))).contains(Role.DIALOGUE_PARTNER);
        assertThat(organisation.isMemberAt(uk, LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void theAseanJapanFrameworkSeatsJapanBesideTheMembers() {
        FrameworkCode aseanJapan = FrameworkCode.of("ASEAN-JPN");
        LocalDate date = LocalDate.of(2024, 6, 1);

        assertThat(organisation.framework(aseanJapan).partner()).isEqualTo(PartyCode.of("JPN"));
        assertThat(organisation.framework(aseanJapan).belongsTo("ASEAN+1")).isTrue();
        assertThat(organisation.seatAt(aseanJapan, PartyCode.of("JPN"), date)).contains(Role.PARTICIPANT);
        assertThat(organisation.seatAt(aseanJapan, PartyCode.of("VNM"), date)).contains(Role.MEMBER);
        assertThat(organisation.seatAt(aseanJapan, PartyCode.of("CHN"), date)).isEmpty();
        assertThat(fullParticipants(organisation.participantsAt(aseanJapan, date))).isEqualTo(11);
    }

    @Test
    void theAseanTableSeatsObserversButNotDialoguePartners() {
        FrameworkCode asean = FrameworkCode.of("ASEAN");
        LocalDate date = LocalDate.of(2024, 6, 1);

        assertThat(organisation.seatAt(asean, TIMOR_LESTE, date)).contains(Role.OBSERVER);
        assertThat(organisation.seatAt(asean, PartyCode.of("USA"), date)).isEmpty();
        assertThat(organisation.seatAt(asean, TIMOR_LESTE, LocalDate.of(2026, 1, 1))).contains(Role.MEMBER);
    }

    @Test
    void aFrameworkThatIsNotDefinedSeatsNobody() {
        assertThat(organisation.findFramework(FrameworkCode.of("NOWHERE"))).isEmpty();
        assertThat(organisation.participantsAt(FrameworkCode.of("NOWHERE"), LocalDate.of(2024, 6, 1))).isEmpty();
    }

    private static long fullParticipants(Map<PartyCode, Role> table) {
        return table.values().stream().filter(Role::isFullParticipant).count();
    }

    private static PartyCode[] codes(String... codes) {
        return java.util.Arrays.stream(codes).map(PartyCode::of).toArray(PartyCode[]::new);
    }
}
