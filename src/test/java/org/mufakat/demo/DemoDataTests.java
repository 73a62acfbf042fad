package org.mufakat.demo;

import org.junit.jupiter.api.Test;
import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Chairmanship;
import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.Ordinals;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data from the seed reports, loaded when the test context starts on the embedded database. */
@SpringBootTest
class DemoDataTests {

    private static final List<String> TABLES = List.of("chair_year", "chair_priority", "chair_initiative", "person", "person_title",
            "meeting_bundle", "meeting", "meeting_preparation", "delegation", "delegation_member", "bilateral_meeting", "demo_data_load");

    @Autowired
    DemoData demoData;
    @Autowired
    MeetingCalendar calendar;
    @Autowired
    Chairmanship chairmanship;
    @Autowired
    PersonDirectory people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadingAgainChangesNothing() {
        Map<String, Long> before = rowCounts();

        demoData.loadOnce();
        demoData.loadOnce();

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(meetingsOf("AMM", LocalDate.of(2024, 7, 25))).hasSize(1);
        assertThat(people.findByName("Đỗ Hùng Việt")).hasSize(1);
    }

    @Test
    void holdsThe57thAmmInVientianeWithVietNamLedOnTheMinistersAuthority() {
        MeetingSummary amm = meetingsOf("AMM", LocalDate.of(2024, 7, 25)).getFirst();
        MeetingDetails details = calendar.get(amm.id());

        assertThat(amm.ordinals()).isEqualTo(Ordinals.single(57));
        assertThat(amm.title().en()).isEqualTo("57th ASEAN Foreign Ministers' Meeting");
        assertThat(amm.title().vi()).isEqualTo("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57");
        assertThat(amm.city().en()).isEqualTo("Vientiane");
        assertThat(amm.city().vi()).isEqualTo("Viêng Chăn");
        assertThat(amm.countryIso()).isEqualTo("LA");
        assertThat(amm.venue()).isEqualTo("National Convention Centre");
        assertThat(amm.timeZone().getId()).isEqualTo("Asia/Vientiane");
        assertThat(amm.chair()).isEqualTo(PartyCode.of("LAO"));
        assertThat(amm.status()).isEqualTo(MeetingStatus.HELD);
        DelegationDetails vietNam = delegationOf(details, "VNM");
        assertThat(vietNam.headName()).isEqualTo("Đỗ Hùng Việt");
        assertThat(vietNam.head().capacity()).isEqualTo(LeadCapacity.ON_AUTHORITY);
        assertThat(vietNam.authorisedByName()).isEqualTo("Bùi Thanh Sơn");
        assertThat(vietNam.head().title().vi()).isEqualTo("Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN Việt Nam");
        assertThat(details.prepares()).extracting(MeetingSummary::title).extracting(title -> title.en())
                .containsExactly("44th and 45th ASEAN Summits");
    }

    @Test
    void holdsTheOnlineSomOf29July2021PreparingThe54thAmm() {
        MeetingSummary som = meetingsOf("SOM", LocalDate.of(2021, 7, 29)).getFirst();
        MeetingDetails details = calendar.get(som.id());

        assertThat(som.format()).isEqualTo(MeetingFormat.ONLINE);
        assertThat(som.city()).isNull();
        assertThat(som.chair()).isEqualTo(PartyCode.of("BRN"));
        assertThat(delegationOf(details, "VNM").headName()).isEqualTo("Nguyễn Quốc Dũng");
        assertThat(details.prepares()).singleElement().satisfies(amm -> {
            assertThat(amm.ordinals()).isEqualTo(Ordinals.single(54));
            assertThat(amm.dates().startDate()).isEqualTo(LocalDate.of(2021, 8, 2));
            assertThat(amm.dates().endDate()).isEqualTo(LocalDate.of(2021, 8, 6));
            assertThat(amm.format()).isEqualTo(MeetingFormat.ONLINE);
        });
    }

    @Test
    void holdsThe2024SummitsAsOneMeetingCountingForTwoInTheirBundle() {
        MeetingSummary summits = meetingsOf("Summit", LocalDate.of(2024, 10, 8)).getFirst();
        MeetingDetails details = calendar.get(summits.id());

        assertThat(summits.ordinals()).isEqualTo(new Ordinals(44, 45));
        assertThat(summits.title().vi()).isEqualTo("Hội nghị Cấp cao ASEAN lần thứ 44 và 45");
        assertThat(details.bundle().title().en()).isEqualTo("44th and 45th ASEAN Summits and Related Summits");
        assertThat(details.bundle().meetings()).extracting(MeetingSummary::title).extracting(title -> title.en())
                .containsExactly("44th and 45th ASEAN Summits", "27th ASEAN Plus Three Summit", "19th East Asia Summit");
        assertThat(details.preparedBy()).extracting(m -> m.series().value()).containsExactlyInAnyOrder("AMM", "SOM");
    }

    @Test
    void holdsTheBilateralsOnTheSidelinesOfThe2024EasSom() {
        MeetingSummary easSom = meetingsOf("EAS SOM", LocalDate.of(2024, 8, 21)).getFirst();

        assertThat(calendar.get(easSom.id()).bilaterals()).extracting(b -> b.counterpartParty().value())
                .containsExactlyInAnyOrder("JPN", "AUS", "USA");
        assertThat(calendar.get(easSom.id()).bilaterals()).allSatisfy(b -> assertThat(b.personName()).isEqualTo("Đỗ Hùng Việt"));
    }

    @Test
    void holdsTheChairYearsWithLaosThemeAndNinePrioritiesIn2024() {
        ChairYearDetails year = chairmanship.chairYear(2024).orElseThrow();

        assertThat(year.chair()).isEqualTo(PartyCode.of("LAO"));
        assertThat(year.theme().en()).isEqualTo("ASEAN: Enhancing Connectivity and Resilience");
        assertThat(year.priorities()).hasSize(9);
        assertThat(year.prioritiesByCluster().keySet()).extracting(cluster -> cluster.en()).containsExactly("Connectivity", "Resilience");
        assertThat(year.initiatives()).extracting(initiative -> initiative.title().en())
                .containsExactly("3rd ASEAN Women Leaders' Summit", "ASEAN Indo-Pacific Forum");
        assertThat(chairmanship.chairOf(2026)).contains(PartyCode.of("PHL"));
    }

    @Test
    void timorLesteAttendedTheLuangPrabangRetreatAsAnObserver() {
        MeetingSummary retreat = meetingsOf("AMM Retreat", LocalDate.of(2024, 1, 29)).getFirst();

        assertThat(calendar.get(retreat.id()).delegations()).extracting(d -> d.party().value())
                .containsExactlyInAnyOrder("VNM", "LAO", "ASEC", "TLS");
    }

    private List<MeetingSummary> meetingsOf(String series, LocalDate start) {
        return calendar.meetings(new MeetingFilter(start, start, null, null, null, null, 0, 100)).meetings().stream()
                .filter(meeting -> meeting.series().value().equals(series) && meeting.dates().startDate().equals(start))
                .toList();
    }

    private static DelegationDetails delegationOf(MeetingDetails meeting, String party) {
        return meeting.delegations().stream().filter(d -> d.party().equals(PartyCode.of(party))).findFirst().orElseThrow();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
