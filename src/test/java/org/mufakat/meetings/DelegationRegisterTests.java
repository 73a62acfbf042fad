package org.mufakat.meetings;

import org.mufakat.testing.AsRecordKeeper;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.DatedTitle;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.Period;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mufakat.meetings.Refusals.refused;

/** Delegations at meetings of the real definition; the meetings here are in 2046-2047, or 2024/2026 where the rule needs it. */
@AsRecordKeeper
@SpringBootTest
class DelegationRegisterTests {

    private static final PartyCode VIET_NAM = PartyCode.of("VNM");

    @Autowired
    DelegationRegister register;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    PersonDirectory people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registersADelegationWithItsHead() {
        MeetingId som = som(LocalDate.of(2046, 1, 10));
        PersonId head = person("Lê Thị Thu Hằng", "Deputy Minister of Foreign Affairs");

        DelegationDetails delegation = register.register(new RegisterDelegation(som, VIET_NAM, own(head), List.of()));

        assertThat(delegation.headName()).isEqualTo("Lê Thị Thu Hằng");
        assertThat(delegation.head().capacity()).isEqualTo(LeadCapacity.OWN_RIGHT);
        assertThat(register.at(som)).extracting(DelegationDetails::party).containsExactly(VIET_NAM);
        assertThat(calendar.get(som).delegations()).extracting(DelegationDetails::id).containsExactly(delegation.id());
    }

    @Test
    void refusesADelegationFromAStateThatDoesNotSitAtTheTable() {
        MeetingId som = som(LocalDate.of(2046, 1, 17));

        refused(() -> register.register(new RegisterDelegation(som, PartyCode.of("USA"), null, List.of())), "delegation.party.notAtTable");

        assertThat(delegationsAt(som)).isZero();
    }

    @Test
    void seatsTimorLesteAsAnObserverAtAnAseanMeetingIn2024ButNotAtTheEastAsiaSummit() {
        MeetingId aseanSom = som(LocalDate.of(2024, 3, 20));
        MeetingId easSom = calendar.schedule(Plans.of("EAS SOM", LocalDate.of(2024, 3, 20)).plan()).id();

        DelegationDetails observer = register.register(new RegisterDelegation(aseanSom, PartyCode.of("TLS"), null, List.of()));
        refused(() -> register.register(new RegisterDelegation(easSom, PartyCode.of("TLS"), null, List.of())), "delegation.party.notAtTable");

        assertThat(observer.party()).isEqualTo(PartyCode.of("TLS"));
        assertThat(delegationsAt(easSom)).isZero();
    }

    @Test
    void seatsAPartnerAtItsOwnAseanPlusOneMeetingOnly() {
        LocalDate day = LocalDate.of(2046, 1, 24);
        MeetingId withJapan = calendar.schedule(Plans.of("ASEAN+1 FMM", day).framework("ASEAN-JPN").ordinals("146").plan()).id();
        MeetingId withKorea = calendar.schedule(Plans.of("ASEAN+1 FMM", day).framework("ASEAN-KOR").ordinals("146").plan()).id();

        register.register(new RegisterDelegation(withJapan, PartyCode.of("JPN"), null, List.of()));
        refused(() -> register.register(new RegisterDelegation(withKorea, PartyCode.of("JPN"), null, List.of())), "delegation.party.notAtTable");

        assertThat(delegationsAt(withJapan)).isOne();
        assertThat(delegationsAt(withKorea)).isZero();
    }

    @Test
    void refusesASecondDelegationOfTheSameParty() {
        MeetingId som = som(LocalDate.of(2046, 1, 31));
        register.register(new RegisterDelegation(som, VIET_NAM, null, List.of()));

        refused(() -> register.register(new RegisterDelegation(som, VIET_NAM, null, List.of())), "delegation.party.alreadyRegistered");

        assertThat(delegationsAt(som)).isOne();
    }

    @Test
    void refusesUnknownPartiesPeopleAndMeetings() {
        MeetingId som = som(LocalDate.of(2046, 2, 7));
        PersonId nobody = PersonId.random();
        PersonId minister = person("Phạm Bình Minh", "Minister of Foreign Affairs");

        refused(() -> register.register(new RegisterDelegation(som, PartyCode.of("ZZZ"), null, List.of())), "delegation.party.unknown");
        refused(() -> register.register(new RegisterDelegation(som, VIET_NAM, own(nobody), List.of())), "delegation.person.unknown");
        refused(() -> register.register(new RegisterDelegation(som, VIET_NAM,
                new HeadOfDelegation(minister, null, LeadCapacity.ON_AUTHORITY, nobody), List.of())), "delegation.person.unknown");
        refused(() -> register.register(new RegisterDelegation(som, VIET_NAM, own(minister),
                List.of(new DelegationMember(nobody, null)))), "delegation.person.unknown");
        assertThatThrownBy(() -> register.register(new RegisterDelegation(MeetingId.random(), VIET_NAM, null, List.of())))
                .isInstanceOf(NotFound.class);

        assertThat(delegationsAt(som)).isZero();
    }

    @Test
    void refusesTheHeadAgainAmongTheMembers() {
        MeetingId som = som(LocalDate.of(2046, 2, 14));
        PersonId head = person("Nguyễn Minh Vũ", "Deputy Minister of Foreign Affairs");

        refused(() -> register.register(new RegisterDelegation(som, VIET_NAM, own(head), List.of(new DelegationMember(head, null)))),
                "delegation.members.repeated");

        assertThat(delegationsAt(som)).isZero();
    }

    @Test
    void theHeadsTitleDefaultsToTheTitleHeldAtTheMeetingDate() {
        PersonId head = people.register(RegisterPerson.newPerson("Trần Văn Thành", VIET_NAM, List.of(
                new DatedTitle(new Period(LocalDate.of(2040, 1, 1), LocalDate.of(2046, 6, 30)),
                        LocalizedText.of("Director-General of the ASEAN Department", "Vụ trưởng Vụ ASEAN")),
                new DatedTitle(Period.from(LocalDate.of(2046, 7, 1)),
                        LocalizedText.of("Deputy Minister of Foreign Affairs", "Thứ trưởng Ngoại giao"))))).id();
        MeetingId before = som(LocalDate.of(2046, 6, 30));
        MeetingId after = som(LocalDate.of(2046, 7, 1));

        DelegationDetails asDirector = register.register(new RegisterDelegation(before, VIET_NAM, own(head), List.of()));
        DelegationDetails asDeputy = register.register(new RegisterDelegation(after, VIET_NAM, own(head), List.of()));

        assertThat(asDirector.head().title().en()).isEqualTo("Director-General of the ASEAN Department");
        assertThat(asDeputy.head().title()).isEqualTo(LocalizedText.of("Deputy Minister of Foreign Affairs", "Thứ trưởng Ngoại giao"));
        assertThat(register.find(asDeputy.id()).orElseThrow().head().title().vi()).isEqualTo("Thứ trưởng Ngoại giao");
    }

    @Test
    void aTitleGivenForTheMeetingWinsOverTheDatedOne() {
        PersonId head = person("Đặng Hoàng Giang", "Deputy Minister of Foreign Affairs");
        MeetingId som = som(LocalDate.of(2046, 8, 4));
        LocalizedText given = LocalizedText.english("Deputy Minister, Head of ASEAN SOM Viet Nam");

        DelegationDetails delegation = register.register(new RegisterDelegation(som, VIET_NAM,
                new HeadOfDelegation(head, given, LeadCapacity.OWN_RIGHT, null), List.of()));

        assertThat(delegation.head().title()).isEqualTo(given);
    }

    @Test
    void leadingOnAuthorityNamesTheAuthorisingPerson() {
        PersonId deputy = person("Đỗ Thanh Hải", "Deputy Minister of Foreign Affairs");
        PersonId minister = person("Lê Hoài Trung", "Minister of Foreign Affairs");

        refused(() -> new HeadOfDelegation(deputy, null, LeadCapacity.ON_AUTHORITY, null), "delegation.head.authorityRequired");
        refused(() -> new HeadOfDelegation(deputy, null, LeadCapacity.OWN_RIGHT, minister), "delegation.head.authorityOnlyOnAuthority");
        refused(() -> new HeadOfDelegation(deputy, null, LeadCapacity.ON_AUTHORITY, deputy), "delegation.head.authorisesSelf");
        MeetingId amm = calendar.schedule(Plans.of("AMM", LocalDate.of(2046, 8, 11)).ordinals("79").plan()).id();
        DelegationDetails delegation = register.register(new RegisterDelegation(amm, VIET_NAM,
                new HeadOfDelegation(deputy, null, LeadCapacity.ON_AUTHORITY, minister), List.of()));

        assertThat(delegation.head().authorisedBy()).isEqualTo(minister);
        assertThat(delegation.authorisedByName()).isEqualTo("Lê Hoài Trung");
        assertThat(delegation.headName()).isEqualTo("Đỗ Thanh Hải");
    }

    @Test
    void aDelegationKeepsItsMeetingAndParty() {
        MeetingId som = som(LocalDate.of(2046, 9, 1));
        DelegationDetails delegation = register.register(new RegisterDelegation(som, VIET_NAM, null, List.of()));

        refused(() -> register.recompose(delegation.id(), new RegisterDelegation(som, PartyCode.of("LAO"), null, List.of()), delegation.version()),
                "delegation.identity.fixed");
        assertThatThrownBy(() -> register.recompose(DelegationId.random(), new RegisterDelegation(som, VIET_NAM, null, List.of()), 0L))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theSecondOfTwoEditorsRecomposingADelegationIsToldWhatTheFirstChanged() {
        MeetingId som = som(LocalDate.of(2046, 9, 8));
        PersonId first = person("Hoàng Anh Tuấn", "Ambassador");
        PersonId second = person("Vũ Quang Minh", "Ambassador");
        PersonId member = person("Ngô Minh Nguyệt", "Counsellor");
        DelegationDetails loaded = register.register(new RegisterDelegation(som, VIET_NAM, null, List.of()));

        DelegationDetails saved = register.recompose(loaded.id(), new RegisterDelegation(som, VIET_NAM, own(first), List.of()), loaded.version());
        EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> register.recompose(loaded.id(),
                new RegisterDelegation(som, VIET_NAM, own(second), List.of(new DelegationMember(member, null))), loaded.version()));

        assertThat(conflict).isNotNull();
        assertThat(conflict.expectedVersion()).isEqualTo(loaded.version());
        assertThat(conflict.currentVersion()).isEqualTo(saved.version());
        assertThat(conflict.changes()).contains(new EditConflict.FieldChange("head", null, "Hoàng Anh Tuấn"));
        DelegationDetails now = register.find(loaded.id()).orElseThrow();
        assertThat(now.headName()).isEqualTo("Hoàng Anh Tuấn");
        assertThat(now.members()).isEmpty();
    }

    @Test
    void aMeetingCannotBeMovedToADateWhenItsDelegationsWouldNotSitAtTheTable() {
        Plans easSom = Plans.of("EAS SOM", LocalDate.of(2046, 10, 5));
        MeetingSummary meeting = calendar.schedule(easSom.plan());
        register.register(new RegisterDelegation(meeting.id(), PartyCode.of("USA"), null, List.of()));

        refused(() -> calendar.revise(meeting.id(), easSom.startingOn(LocalDate.of(2009, 10, 5)).plan(), meeting.version()),
                "meeting.delegations.offTable");

        assertThat(calendar.get(meeting.id()).meeting().dates().startDate()).isEqualTo(LocalDate.of(2046, 10, 5));
    }

    @Test
    void aHeadNamedOnlyByTitleIsRecordedWhenTheRecordNamesNobody() {
        MeetingId som = som(LocalDate.of(2046, 11, 2));
        var title = LocalizedText.of("Minister of Foreign Affairs and Cooperation of Timor-Leste", null);

        DelegationDetails delegation = register.register(new RegisterDelegation(som, PartyCode.of("VNM"),
                new HeadOfDelegation(null, title, LeadCapacity.OWN_RIGHT, null), List.of()));

        assertThat(delegation.head().title()).isEqualTo(title);
        assertThat(delegation.headName()).isNull();
        refused(() -> register.register(new RegisterDelegation(som(LocalDate.of(2046, 11, 9)), VIET_NAM,
                new HeadOfDelegation(null, null, LeadCapacity.OWN_RIGHT, null), List.of())), "delegation.head.required");
    }

    private MeetingId som(LocalDate day) {
        return calendar.schedule(Plans.of("SOM", day).plan()).id();
    }

    private PersonId person(String name, String title) {
        PersonDetails person = people.register(RegisterPerson.newPerson(name, VIET_NAM,
                List.of(new DatedTitle(null, LocalizedText.english(title)))));
        return person.id();
    }

    private static HeadOfDelegation own(PersonId person) {
        return new HeadOfDelegation(person, null, LeadCapacity.OWN_RIGHT, null);
    }

    private long delegationsAt(MeetingId meeting) {
        return jdbc.sql("select count(*) from delegation where meeting_id = ?").param(meeting.value()).query(Long.class).single();
    }
}
