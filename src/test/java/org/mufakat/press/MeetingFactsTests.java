package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mufakat.press.Reports.meetings;
import static org.mufakat.press.Reports.only;
import static org.mufakat.press.Reports.read;

/** Dates, places, format and role: what a sentence says of the meetings it names, and of which. */
class MeetingFactsTests {

    @Test
    void aDateAndPlaceBeforeTheMeetingsAreTheirs() {
        List<MeetingFact> soms = meetings("Trong hai ngày 21-22/8/2024, tại thành phố di sản Luang Prabang của Lào, đã diễn ra các cuộc họp "
                + "Quan chức cao cấp (SOM) ASEAN, ASEAN+3 và Cấp cao Đông Á (EAS) dưới sự chủ trì của Lào.");
        assertThat(soms).hasSize(3).allSatisfy(m -> {
            assertThat(m.start()).isEqualTo(LocalDate.of(2024, 8, 21));
            assertThat(m.end()).isEqualTo(LocalDate.of(2024, 8, 22));
            assertThat(m.city()).isEqualTo("Luang Prabang");
            assertThat(m.country()).isEqualTo("Laos");
            assertThat(m.role()).isEqualTo(MeetingRole.REPORTED);
            assertThat(m.format()).isEqualTo(MeetingFormat.IN_PERSON);
        });
    }

    @Test
    void aDateAndPlaceAfterTheMeetingsAreTheirsAndVietnamesePlaceNamesAreRead() {
        List<MeetingFact> summits = meetings("Trọng tâm là công tác chuẩn bị cho Hội nghị cấp cao ASEAN lần thứ 44, 45 và các Hội nghị cấp cao "
                + "liên quan sẽ diễn ra từ ngày 8-11/10/2024 tại Thủ đô Viêng-Chăn của Lào.");
        assertThat(summits).extracting(MeetingFact::ordinal).containsExactly(44, 45);
        assertThat(summits).allSatisfy(m -> {
            assertThat(m.start()).isEqualTo(LocalDate.of(2024, 10, 8));
            assertThat(m.end()).isEqualTo(LocalDate.of(2024, 10, 11));
            assertThat(m.city()).isEqualTo("Vientiane");
            assertThat(m.role()).isEqualTo(MeetingRole.UPCOMING);
            assertThat(m.format()).as("an upcoming meeting's format is not guessed").isNull();
        });
        assertThat(only("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã diễn ra tại Luông Pha-bang.").city()).isEqualTo("Luang Prabang");
        assertThat(only("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 24 với EU sẽ diễn ra tại Bỉ.").country()).isEqualTo("Belgium");
    }

    @Test
    void theMeetingPreparedTakesNothingOfThePreparingOne() {
        List<MeetingFact> found = meetings("Ngày 1/8/2018 tại Singapore đã diễn ra Hội nghị các quan chức cao cấp ASEAN+3 (với các nước "
                + "Trung Quốc, Nhật Bản, Hàn Quốc) và Hội nghị các quan chức cao cấp các nước tham gia Cấp cao Đông Á (EAS) để thảo luận "
                + "các nội dung chuẩn bị cho Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 19 và Hội nghị Bộ trưởng các nước tham gia "
                + "Cấp cao Đông Á lần thứ 8 (Singapore, ngày 5/8).");
        assertThat(found).extracting(MeetingFact::type).containsExactlyInAnyOrder("APT SOM", "EAS SOM", "APT FMM", "EAS FMM");
        for (MeetingFact m : found) {
            boolean som = m.type().endsWith("SOM");
            assertThat(m.start()).as(m.type()).isEqualTo(som ? LocalDate.of(2018, 8, 1) : LocalDate.of(2018, 8, 5));
            assertThat(m.role()).as(m.type()).isEqualTo(som ? MeetingRole.REPORTED : MeetingRole.UPCOMING);
            assertThat(m.city()).isEqualTo("Singapore");
        }
    }

    @Test
    void eachMeetingInAListTakesThePlaceNearestIt() {
        List<MeetingFact> found = meetings("Việt Nam sẽ tham gia những sự kiện quan trọng sắp tới như: Hội nghị Cấp cao đặc biệt ASEAN-Australia "
                + "tại Melbourne, Hội nghị Bộ trưởng Ngoại giao ASEAN-Liên minh châu Âu lần thứ 24 tại Bỉ...");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).city()).isEqualTo("Melbourne");
        assertThat(found.get(0).country()).isEqualTo("Australia");
        assertThat(found.get(1).city()).isNull();
        assertThat(found.get(1).country()).isEqualTo("Belgium");
        assertThat(found).allSatisfy(m -> assertThat(m.role()).isEqualTo(MeetingRole.UPCOMING));
    }

    @Test
    void aDayWithoutYearTakesTheYearOfTheNearestDateInTheText() {
        Extraction extraction = read("SOM ASEAN", "Ngày 29/7 đã diễn ra Hội nghị các Quan chức cao cấp (SOM) ASEAN.",
                "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 sẽ diễn ra trực tuyến từ 2-6/8/2021.");
        MeetingFact som = extraction.meetings().stream().filter(m -> m.type().equals("SOM")).findFirst().orElseThrow();
        assertThat(som.start()).isEqualTo(LocalDate.of(2021, 7, 29));
        MeetingFact amm = extraction.meetings().stream().filter(m -> m.type().equals("AMM")).findFirst().orElseThrow();
        assertThat(amm.format()).isEqualTo(MeetingFormat.ONLINE);
        assertThat(amm.end()).isEqualTo(LocalDate.of(2021, 8, 6));
    }

    @Test
    void aDayWithoutYearTakesTheYearOfThePublicationDate() {
        Extraction extraction = Reports.readPublished(LocalDate.of(2025, 1, 3), "Tin", "Ngày 29/12 đã diễn ra Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN.");
        assertThat(extraction.meetings().getFirst().start()).isEqualTo(LocalDate.of(2024, 12, 29));
    }

    @Test
    void aMonthAloneFillsNoDateButSaysTheMeetingIsComing() {
        MeetingFact summit = meetings("Ngày 1/8/2018, các quan chức đã thảo luận. Hội nghị Cấp cao ASEAN+3 lần thứ 21 vào tháng 11/2018.")
                .stream().filter(m -> m.type().equals("APT Summit")).findFirst().orElseThrow();
        assertThat(summit.start()).isNull();
        assertThat(summit.end()).isNull();
    }

    @Test
    void openingGivesTheFirstDayOnly() {
        MeetingFact retreat = only("Ngày 29/1/2024, tại Luang Prabang (Lào), Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN đã chính thức khai mạc.");
        assertThat(retreat.start()).isEqualTo(LocalDate.of(2024, 1, 29));
        assertThat(retreat.end()).isNull();
        assertThat(retreat.city()).isEqualTo("Luang Prabang");
        assertThat(retreat.format()).isEqualTo(MeetingFormat.IN_PERSON);
    }

    @Test
    void mentionsOfOneMeetingAcrossTheReportMakeOneMeeting() {
        Extraction extraction = read("Hội nghị Bộ trưởng Ngoại giao lần thứ 54",
                "Các Quan chức đã rà soát công tác chuẩn bị cho Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54) và các Hội nghị "
                        + "liên quan sẽ diễn ra trực tuyến từ 2-6/8/2021.",
                "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 và các Hội nghị liên quan sẽ khai mạc trực tuyến ngày 2/8/2021./.");
        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.ordinal()).isEqualTo(54);
            assertThat(m.start()).isEqualTo(LocalDate.of(2021, 8, 2));
            assertThat(m.end()).isEqualTo(LocalDate.of(2021, 8, 6));
            assertThat(m.evidence()).hasSize(3);
            assertThat(m.span().of(extraction.report().text())).contains("2-6/8/2021");
        });
    }

    @Test
    void englishReportsGiveTheSameFacts() {
        List<MeetingFact> found = meetings("The 57th ASEAN Foreign Ministers' Meeting (AMM) took place in Vientiane, Laos, on July 25, 2024. "
                + "Laos presented the preparations for the 44th and 45th ASEAN Summits, which will be held in Vientiane from 8 to 11 October 2024.");
        assertThat(found).hasSize(3);
        MeetingFact amm = found.getFirst();
        assertThat(amm.type()).isEqualTo("AMM");
        assertThat(amm.start()).isEqualTo(LocalDate.of(2024, 7, 25));
        assertThat(amm.city()).isEqualTo("Vientiane");
        assertThat(amm.role()).isEqualTo(MeetingRole.REPORTED);
        assertThat(found.subList(1, 3)).allSatisfy(m -> {
            assertThat(m.type()).isEqualTo("Summit");
            assertThat(m.start()).isEqualTo(LocalDate.of(2024, 10, 8));
            assertThat(m.role()).isEqualTo(MeetingRole.UPCOMING);
        });
    }

    @Test
    void anEnglishAgencyReport() {
        Extraction extraction = read("Deputy FM attends ASEAN senior officials' meeting in Laos",
                "Hanoi (VNA) – Deputy Foreign Minister Do Hung Viet led a Vietnamese delegation to the ASEAN Senior Officials’ Meeting (SOM) "
                        + "held in Vientiane, Laos, on June 5, 2024.",
                "The meeting, chaired by Lao Deputy Foreign Minister Phoxay Khaykhamphithoune, reviewed preparations for the 57th ASEAN "
                        + "Foreign Ministers’ Meeting and related meetings, slated for late July in Vientiane.");
        assertThat(extraction.meetings()).extracting(m -> m.type() + " " + m.role().label() + " " + m.start() + " " + m.city())
                .containsExactly("SOM reported 2024-06-05 Vientiane", "AMM upcoming null Vientiane");
        assertThat(extraction.headsOfDelegation()).extracting(h -> h.name() + " | " + h.country() + " | " + h.role())
                .containsExactly("Do Hung Viet | Vietnam | led_delegation", "Phoxay Khaykhamphithoune | Laos | chair");
        assertThat(extraction.chairCountry().value()).isEqualTo("Laos");
    }

    @Test
    void aMeetingHeldOnlineOrHybridSaysSo() {
        assertThat(only("The 54th AMM was held virtually on 2 August 2021.").format()).isEqualTo(MeetingFormat.ONLINE);
        assertThat(only("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 diễn ra theo hình thức kết hợp trực tiếp và trực tuyến ngày 9/9/2020.")
                .format()).isEqualTo(MeetingFormat.HYBRID);
    }

    @Test
    void unknownValuesAreNull() {
        MeetingFact summit = only("Hội nghị Cấp cao EAS lần thứ 13.");
        assertThat(summit.start()).isNull();
        assertThat(summit.city()).isNull();
        assertThat(summit.country()).isNull();
        assertThat(summit.format()).isNull();
        assertThat(summit.partner()).isNull();
    }
}
