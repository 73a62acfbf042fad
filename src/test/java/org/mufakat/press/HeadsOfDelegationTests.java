package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mufakat.press.Reports.read;

class HeadsOfDelegationTests {

    private static List<HeadOfDelegationFact> heads(String... paragraphs) {
        return read("Tin ASEAN", paragraphs).headsOfDelegation();
    }

    private static HeadOfDelegationFact one(String... paragraphs) {
        List<HeadOfDelegationFact> found = heads(paragraphs);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    @Test
    void thePassiveDelegationLedByAPerson() {
        HeadOfDelegationFact head = one("Đoàn Việt Nam do Thứ trưởng Ngoại giao Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam dẫn đầu đã tham dự các cuộc họp.");
        assertThat(head.name()).isEqualTo("Đỗ Hùng Việt");
        assertThat(head.title()).isEqualTo("Thứ trưởng Ngoại giao, Trưởng SOM ASEAN Việt Nam");
        assertThat(head.country()).isEqualTo("Vietnam");
        assertThat(head.role()).isEqualTo("led_delegation");
    }

    @Test
    void theActivePersonLeadsTheDelegation() {
        HeadOfDelegationFact head = one("Thứ trưởng Ngoại giao Nguyễn Quốc Dũng, Trưởng SOM ASEAN - Việt Nam, dẫn đầu Đoàn Việt Nam tham dự Hội nghị.");
        assertThat(head.name()).isEqualTo("Nguyễn Quốc Dũng");
        assertThat(head.title()).isEqualTo("Thứ trưởng Ngoại giao, Trưởng SOM ASEAN - Việt Nam");
        assertThat(head.country()).isEqualTo("Vietnam");
    }

    @Test
    void whoLeadsOnAMinistersAuthorityIsTheHeadNotTheMinister() {
        HeadOfDelegationFact head = one("Được sự ủy quyền của Bộ trưởng Ngoại giao Bùi Thanh Sơn, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt, "
                + "Trưởng SOM ASEAN của Việt Nam, dẫn đầu đoàn Việt Nam tham dự Hội nghị.");
        assertThat(head.name()).isEqualTo("Đỗ Hùng Việt");
        assertThat(head.title()).isEqualTo("Thứ trưởng Bộ Ngoại giao, Trưởng SOM ASEAN");
        assertThat(head.country()).isEqualTo("Vietnam");
    }

    @Test
    void theChairIsTheHeadOfItsDelegation() {
        HeadOfDelegationFact head = one("Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith chủ trì Hội nghị với sự tham dự của "
                + "Bộ trưởng Ngoại giao các nước ASEAN.");
        assertThat(head.name()).isEqualTo("Saleumxay Kommasith");
        assertThat(head.title()).isEqualTo("Phó Thủ tướng, Bộ trưởng Ngoại giao Lào");
        assertThat(head.country()).isEqualTo("Laos");
        assertThat(head.role()).isEqualTo("chair");
    }

    @Test
    void aMinisterWhoIsHeadOfDelegation() {
        HeadOfDelegationFact head = one("Đoàn Việt Nam do Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn làm Trưởng đoàn, đã có nhiều đóng góp quan trọng.");
        assertThat(head.name()).isEqualTo("Bùi Thanh Sơn");
        assertThat(head.title()).isEqualTo("Bộ trưởng Bộ Ngoại giao");
    }

    @Test
    void anActingOfficialWhoLeads() {
        HeadOfDelegationFact head = one("Đại sứ Vũ Hồ, Quyền trưởng SOM ASEAN Việt Nam dẫn đầu đoàn Việt Nam tham dự cuộc họp.");
        assertThat(head.name()).isEqualTo("Vũ Hồ");
        assertThat(head.title()).isEqualTo("Đại sứ, Quyền trưởng SOM ASEAN Việt Nam");
    }

    @Test
    void aPersonInterviewedOrQuotedIsNoHead() {
        assertThat(heads("Đánh giá về ý nghĩa của Hội nghị, Đại sứ Vũ Hồ, Quyền trưởng SOM ASEAN Việt Nam, Vụ trưởng Vụ ASEAN (Bộ Ngoại giao) "
                + "cho biết Hội nghị đã thành công tốt đẹp.",
                "Phát biểu tại Hội nghị, Thứ trưởng Nguyễn Quốc Dũng tái khẳng định sự ủng hộ.")).isEmpty();
    }

    @Test
    void aStateChairingIsNoPerson() {
        assertThat(heads("Các cuộc họp diễn ra dưới sự chủ trì của Lào, nước Chủ tịch ASEAN 2024.")).isEmpty();
    }

    @Test
    void englishHeads() {
        HeadOfDelegationFact head = one("Deputy Minister of Foreign Affairs Do Hung Viet, Head of ASEAN SOM Viet Nam, led the Vietnamese delegation "
                + "on behalf of Foreign Minister Bui Thanh Son.");
        assertThat(head.name()).isEqualTo("Do Hung Viet");
        assertThat(head.title()).isEqualTo("Deputy Minister of Foreign Affairs, Head of ASEAN SOM Viet Nam");
        assertThat(head.country()).isEqualTo("Vietnam");
        HeadOfDelegationFact passive = one("The Vietnamese delegation was led by Deputy Foreign Minister Nguyen Quoc Dung, Head of ASEAN SOM Viet Nam.");
        assertThat(passive.name()).isEqualTo("Nguyen Quoc Dung");
        assertThat(passive.title()).isEqualTo("Deputy Foreign Minister, Head of ASEAN SOM Viet Nam");
        assertThat(passive.country()).isEqualTo("Vietnam");
        HeadOfDelegationFact chair = one("Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith chaired the meeting.");
        assertThat(chair.name()).isEqualTo("Saleumxay Kommasith");
        assertThat(chair.country()).isEqualTo("Laos");
        assertThat(chair.role()).isEqualTo("chair");
    }

    @Test
    void whoAttendsHeadsTheDelegationWhenNoLeaderIsNamed() {
        List<HeadOfDelegationFact> found = heads("Chiều 5-9-2023, tại Gia-các-ta, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 43 "
                + "với sự tham dự của Tổng Thư ký ASEAN Kao Kim Hourn.", "Ngoại trưởng Mỹ Antony Blinken tham dự Hội nghị Cấp cao Đông Á lần thứ 18.");
        assertThat(found).extracting(HeadOfDelegationFact::name).containsExactly("Phạm Minh Chính", "Antony Blinken");
        assertThat(found).extracting(HeadOfDelegationFact::country).containsExactly("Vietnam", "US");
        assertThat(found).extracting(HeadOfDelegationFact::role).containsOnly("attended");
        assertThat(heads("Thứ trưởng Ngoại giao Đỗ Hùng Việt dẫn đầu đoàn Việt Nam. Đại sứ Nguyễn Văn Trung cũng tham dự Hội nghị."))
                .extracting(HeadOfDelegationFact::name).containsExactly("Đỗ Hùng Việt");
    }

    @Test
    void aVietnameseFamilyNameWithoutCountryIsVietnamese() {
        assertThat(one("Hội nghị do Thứ trưởng Ngoại giao Nguyễn Minh Vũ chủ trì.").country()).isEqualTo("Vietnam");
    }

    @Test
    void englishChairsNamedAfterTheVerb() {
        HeadOfDelegationFact chair = one("The Summits were chaired by H.E. Sonexay Siphandone, Prime Minister of the Lao PDR.");
        assertThat(chair.name()).isEqualTo("Sonexay Siphandone");
        assertThat(chair.title()).isEqualTo("Prime Minister");
        assertThat(chair.country()).isEqualTo("Laos");
        assertThat(one("The meeting was chaired by Prime Minister Sonexay Siphandone of the Lao PDR.").country()).isEqualTo("Laos");
    }

    @Test
    void whoWillLeadIsAHeadToo() {
        HeadOfDelegationFact head = one("Ngày 19/1, tại Langkawi, Malaysia, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn sẽ dẫn đầu đoàn Việt Nam "
                + "tham dự Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN.");
        assertThat(head.name()).isEqualTo("Bùi Thanh Sơn");
        assertThat(head.title()).isEqualTo("Phó Thủ tướng, Bộ trưởng Ngoại giao");
        assertThat(one("Thủ tướng Phạm Minh Chính dự kiến sẽ tham dự Hội nghị Cấp cao ASEAN lần thứ 46.").name()).isEqualTo("Phạm Minh Chính");
    }

    @Test
    void aseanLedIsNoLeading() {
        assertThat(heads("They stressed ASEAN-led mechanisms, led by consensus.")).isEmpty();
    }

    @Test
    void theSpanIsTheSentence() {
        Extraction extraction = read("Tin", "Hội nghị đã thành công. Thứ trưởng Ngoại giao Nguyễn Quốc Dũng dẫn đầu đoàn Việt Nam.");
        assertThat(extraction.headsOfDelegation().getFirst().span().of(extraction.report().text()))
                .isEqualTo("Thứ trưởng Ngoại giao Nguyễn Quốc Dũng dẫn đầu đoàn Việt Nam.");
    }
}
