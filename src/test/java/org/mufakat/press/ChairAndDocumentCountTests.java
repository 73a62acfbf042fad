package org.mufakat.press;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mufakat.press.Reports.read;

class ChairAndDocumentCountTests {

    private static String chair(String... paragraphs) {
        Fact<String> chair = read("Tin ASEAN", paragraphs).chairCountry();
        return chair == null ? null : chair.value();
    }

    private static DocumentCount count(String... paragraphs) {
        return read("Tin ASEAN", paragraphs).documentCount();
    }

    @Test
    void theChairCountryWhereTheReportSaysWhoChairs() {
        assertThat(chair("Các cuộc họp diễn ra dưới sự chủ trì của Lào, nước Chủ tịch ASEAN 2024.")).isEqualTo("Laos");
        assertThat(chair("Thứ trưởng tái khẳng định sự ủng hộ đối với các ưu tiên, sáng kiến của Chủ tịch Brunei; nhấn mạnh...")).isEqualTo("Brunei");
        assertThat(chair("Kết thúc Hội nghị, Lào - Chủ tịch ASEAN 2024, đã ra Thông cáo báo chí.")).isEqualTo("Laos");
        assertThat(chair("các nước chúc mừng Lào đảm nhiệm trọng trách Chủ tịch ASEAN vào thời điểm quan trọng.")).isEqualTo("Laos");
        assertThat(chair("Laos, the ASEAN Chair for 2024, presented the preparations.")).isEqualTo("Laos");
        assertThat(chair("Under the ASEAN Chair Malaysia, the ministers met.")).isEqualTo("Malaysia");
    }

    @Test
    void theCountryOfWhoChairsIsTheChairWhenNothingElseSaysSo() {
        assertThat(chair("Hội nghị Cấp cao ASEAN lần thứ 43 do Tổng thống In-đô-nê-xi-a Joko Widodo chủ trì.")).isEqualTo("Indonesia");
        assertThat(chair("Hội nghị Cấp cao ASEAN-Nhật Bản do Thủ tướng Nhật Bản Kishida Fumio đồng chủ trì.")).isNull();
    }

    @Test
    void aPresidentIsNoChairAndAVenueIsNoChair() {
        assertThat(chair("Chủ tịch nước Lương Cường tiếp Chủ tịch Đuma Quốc gia Nga.")).isNull();
        assertThat(chair("Phó Chủ tịch Quốc hội Nguyễn Đức Hải thăm Hy Lạp.")).isNull();
        assertThat(chair("Ngày 1/8 tại Singapore đã diễn ra Hội nghị các quan chức cao cấp ASEAN+3.")).isNull();
        assertThat(chair("Đặc phái viên của Chủ tịch trong các nỗ lực này.")).isNull();
    }

    @Test
    void aCountOfDocumentsWithItsQualifier() {
        DocumentCount approx = count("Dự kiến khoảng 80 văn kiện sẽ được các Lãnh đạo thông qua hoặc ghi nhận.");
        assertThat(approx.count()).isEqualTo(80);
        assertThat(approx.qualifier()).isEqualTo("approximately");
        DocumentCount more = count("Hội nghị đã thông qua hơn 100 văn kiện quan trọng.");
        assertThat(more.count()).isEqualTo(100);
        assertThat(more.qualifier()).isEqualTo("more than");
        assertThat(count("The leaders are expected to adopt or note some 90 outcome documents.").count()).isEqualTo(90);
        assertThat(count("Hội nghị thông qua 12 dự thảo văn kiện.").count()).isEqualTo(12);
    }

    @Test
    void manyDocumentsOrOneNamedDocumentIsNoCount() {
        assertThat(count("Các Bộ trưởng cũng sẽ xem xét và thông qua nhiều văn kiện quan trọng.")).isNull();
        assertThat(count("Kết thúc Hội nghị, Lào đã ra Thông cáo báo chí phản ánh toàn diện các nội dung.")).isNull();
        assertThat(count("chuỗi các Hội nghị cấp cao sẽ gồm khoảng 20 hoạt động, thống nhất 9 ưu tiên.")).isNull();
    }
}
