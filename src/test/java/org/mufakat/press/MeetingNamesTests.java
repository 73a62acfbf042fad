package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mufakat.press.Reports.meetings;
import static org.mufakat.press.Reports.only;

/** Which series a meeting's name gives, in Vietnamese and in English: the grammar of names, not a list of them. */
class MeetingNamesTests {

    private static List<String> types(String sentence) {
        return meetings(sentence).stream().map(m -> m.type() + (m.ordinal() == null ? "" : " " + m.ordinal())).toList();
    }

    @Test
    void aVietnameseNameGivesLevelFrameworkAndOrdinal() {
        assertThat(types("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã diễn ra.")).containsExactly("AMM 57");
        assertThat(types("Hội nghị Cấp cao ASEAN+3 lần thứ 21 vào tháng 11/2018.")).containsExactly("APT Summit 21");
        assertThat(types("Hội nghị Cấp cao EAS lần thứ 13 vào tháng 11/2018.")).containsExactly("EAS Summit 13");
    }

    @Test
    void theFirstLevelNamedDecides() {
        // "Cấp cao Đông Á" names the framework; the meeting is the ministers'.
        assertThat(types("chuẩn bị cho Hội nghị Bộ trưởng các nước tham gia Cấp cao Đông Á lần thứ 8 (Singapore, ngày 5/8).")).containsExactly("EAS FMM 8");
        assertThat(types("Hội nghị các quan chức cao cấp các nước tham gia Cấp cao Đông Á (EAS) với 8 đối tác.")).containsExactly("EAS SOM");
        assertThat(types("Hội nghị Cấp cao Đông Á lần thứ 19 diễn ra ngày 11/10/2024.")).containsExactly("EAS Summit 19");
    }

    @Test
    void oneMeetingPerFrameworkListed() {
        assertThat(types("đã diễn ra các cuộc họp Quan chức cao cấp (SOM) ASEAN, ASEAN+3 và Cấp cao Đông Á (EAS) dưới sự chủ trì của Lào."))
                .containsExactly("SOM", "APT SOM", "EAS SOM");
        assertThat(types("SOM ASEAN+3 và EAS đóng vai trò quan trọng trong cấu trúc hợp tác khu vực"))
                .containsExactly("APT SOM", "EAS SOM");
    }

    @Test
    void oneMeetingPerOrdinal() {
        assertThat(types("chuẩn bị cho Hội nghị cấp cao ASEAN lần thứ 44, 45 và các Hội nghị cấp cao liên quan."))
                .containsExactly("Summit 44", "Summit 45");
        assertThat(types("The 44th and 45th ASEAN Summits will be held in Vientiane.")).containsExactly("Summit 44", "Summit 45");
    }

    @Test
    void modifiersPickTheRetreatTheSpecialSummitAndTheCoordinatingCouncil() {
        assertThat(types("Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN vừa được khai mạc tại Lào.")).containsExactly("AMM Retreat");
        assertThat(types("Hội nghị Hội đồng Điều phối ASEAN (ACC) lần thứ 34 đã diễn ra.")).containsExactly("ACC 34");
        assertThat(types("The ASEAN Foreign Ministers' Retreat opened in Luang Prabang.")).containsExactly("AMM Retreat");
    }

    @Test
    void aPartnerAfterAseanMakesAnAseanPlusOneMeeting() {
        MeetingFact special = meetings("sự kiện sắp tới như: Hội nghị Cấp cao đặc biệt ASEAN-Australia tại Melbourne, "
                + "Hội nghị Bộ trưởng Ngoại giao ASEAN-Liên minh châu Âu lần thứ 24 tại Bỉ...").getFirst();
        assertThat(special.type()).isEqualTo("ASEAN+1 Special Summit");
        assertThat(special.framework()).isEqualTo("ASEAN+1");
        assertThat(special.partner()).isEqualTo("Australia");
        MeetingFact eu = only("Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản sẽ được tổ chức trực tuyến.");
        assertThat(eu.type()).isEqualTo("ASEAN+1 FMM");
        assertThat(eu.partner()).isEqualTo("Japan");
        assertThat(only("The ASEAN-Japan Commemorative Summit took place in Tokyo.").type()).isEqualTo("ASEAN+1 Special Summit");
    }

    @Test
    void abbreviationsNameMeetingsWithTheirOrdinals() {
        assertThat(types("Hội nghị các Quan chức cao cấp (SOM) ASEAN trù bị cho Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54)."))
                .containsExactly("SOM", "AMM 54");
        assertThat(types("the 56th AMM, the 30th ARF and the 13th EAS FMM")).containsExactly("AMM 56", "ARF 30", "EAS FMM 13");
        assertThat(types("The ASEAN Regional Forum (ARF) Senior Officials' Meeting was held in Vientiane.")).containsExactly("ARF SOM");
    }

    @Test
    void theRegionalForumNamesItsMeeting() {
        assertThat(types("Diễn đàn Khu vực ASEAN (ARF) lần thứ 31 diễn ra ngày 27/7/2024.")).containsExactly("ARF 31");
        assertThat(types("The 31st ASEAN Regional Forum was held in Vientiane.")).containsExactly("ARF 31");
        assertThat(types("Hội nghị Cấp cao ASEAN 46 khai mạc tại Kuala Lumpur.")).containsExactly("Summit 46");
    }

    @Test
    void aMeetingWithoutFrameworkButWithAnOrdinalIsAsean() {
        assertThat(types("SOM ASEAN rà soát công tác chuẩn bị cho Hội nghị Bộ trưởng Ngoại giao lần thứ 54")).containsExactly("SOM", "AMM 54");
    }

    @Test
    void englishNamesEndWithTheirHead() {
        assertThat(types("The ASEAN Plus Three Foreign Ministers' Meeting and the East Asia Summit Foreign Ministers' Meeting were held on 26 July."))
                .containsExactly("APT FMM", "EAS FMM");
        assertThat(types("The 19th East Asia Summit and the 27th ASEAN Plus Three Summit took place in Vientiane."))
                .containsExactly("EAS Summit 19", "APT Summit 27");
        assertThat(types("The 57th ASEAN Foreign Ministers' Meeting (AMM) took place in Vientiane.")).containsExactly("AMM 57");
    }

    @Test
    void twoEnglishNamesJoinedByAndAreTwoMeetings() {
        assertThat(types("The 45th ASEAN Summit and Related Summits were held in Vientiane.")).containsExactly("Summit 45");
        assertThat(types("The ASEAN Plus Three and EAS Senior Officials' Meetings were held in Luang Prabang."))
                .containsExactly("APT SOM", "EAS SOM");
    }

    @Test
    void meetingsOfOtherSectorsOrKindsAreNoSeries() {
        assertThat(meetings("hoan nghênh sáng kiến như Hội nghị Thượng đỉnh Lãnh đạo nữ ASEAN lần thứ 3 với chủ đề mới.")).isEmpty();
        assertThat(meetings("Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) lần thứ 55 sẽ diễn ra vào tháng 8/2023.")).isEmpty();
        assertThat(meetings("The ASEAN Economic Ministers' Meeting and the ASEAN Defence Ministers' Meeting were held in Jakarta.")).isEmpty();
        assertThat(meetings("Hội nghị Cấp cao Mê Công - Nhật Bản lần thứ 15 đã diễn ra.")).isEmpty();
    }

    @Test
    void genericAndAnaphoricMeetingsAreNoMeetings() {
        assertThat(meetings("Trọng tâm của các cuộc họp lần này là trao đổi về hợp tác.")).isEmpty();
        assertThat(meetings("các nước trao đổi kết quả của các Hội nghị cấp Bộ trưởng Ngoại giao tháng 7 vừa qua.")).isEmpty();
        assertThat(meetings("tại Trung tâm Hội nghị Quốc gia của Lào.")).isEmpty();
    }

    @Test
    void aTitleWithSomIsNoMeeting() {
        assertThat(meetings("Trưởng SOM các nước cũng đã dành thời gian trao đổi hợp tác nội khối.")).isEmpty();
        assertThat(meetings("Ambassador Vu Ho, acting Head of ASEAN SOM Viet Nam, said the talks went well.")).isEmpty();
    }
}
