package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.press.extraction.DateGrammar;
import org.mufakat.press.extraction.DateMention;
import org.mufakat.press.extraction.PartialDate;
import org.mufakat.press.extraction.Tokenizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateGrammarTests {

    private static List<DateMention> dates(String text) {
        return DateGrammar.scan(Tokenizer.tokenize(text));
    }

    private static DateMention one(String text) {
        List<DateMention> found = dates(text);
        assertThat(found).as(text).hasSize(1);
        return found.getFirst();
    }

    @Test
    void aRangeOfDaysInOneMonthWithTheYear() {
        DateMention d = one("Trong hai ngày 21-22/8/2024, tại thành phố di sản Luang Prabang của Lào");
        assertThat(d.start()).isEqualTo(new PartialDate(2024, 8, 21));
        assertThat(d.end()).isEqualTo(new PartialDate(2024, 8, 22));
    }

    @Test
    void aRangeIntroducedByTuNgay() {
        DateMention d = one("sẽ diễn ra từ ngày 8-11/10/2024 tại Thủ đô Viêng-Chăn của Lào");
        assertThat(d.start().toDate()).hasToString("2024-10-08");
        assertThat(d.end().toDate()).hasToString("2024-10-11");
        assertThat(one("sẽ diễn ra trực tuyến từ 2-6/8/2021.").end().toDate()).hasToString("2021-08-06");
    }

    @Test
    void aRangeWrittenWithDenAcrossMonthsAndYears() {
        assertThat(one("từ ngày 8 đến 11/10/2024").start().toDate()).hasToString("2024-10-08");
        DateMention across = one("Từ ngày 30/9 - 03/10/2025, Phó Chủ tịch Quốc hội thăm Hy Lạp");
        assertThat(across.start().toDate()).hasToString("2025-09-30");
        assertThat(across.end().toDate()).hasToString("2025-10-03");
        DateMention years = one("Nhân dịp kỷ niệm 26 năm Việt Nam tham gia ASEAN (28/7/1995-28/7/2021)");
        assertThat(years.start().toDate()).hasToString("1995-07-28");
        assertThat(years.end().toDate()).hasToString("2021-07-28");
    }

    @Test
    void aDayAndMonthWithoutYearAfterNgayKeepsTheYearOpen() {
        DateMention d = one("Ngày 29/7 đã diễn ra Hội nghị các Quan chức cao cấp (SOM) ASEAN");
        assertThat(d.start()).isEqualTo(new PartialDate(null, 7, 29));
        assertThat(d.start().toDate()).isNull();
        assertThat(one("(Singapore, ngày 5/8)").start()).isEqualTo(new PartialDate(null, 8, 5));
        assertThat(one("Chiến sự Nga-Ukraine sáng 25/3: Nga bắt giữ").start()).isEqualTo(new PartialDate(null, 3, 25));
    }

    @Test
    void aBareFractionIsNoDate() {
        assertThat(dates("khoảng 1/3 số nước thành viên")).isEmpty();
        assertThat(dates("tỷ lệ 5.000 người")).isEmpty();
    }

    @Test
    void aMonthAloneHasNoDay() {
        DateMention d = one("Hội nghị Cấp cao ASEAN+3 lần thứ 21 vào tháng 11/2018.");
        assertThat(d.monthOnly()).isTrue();
        assertThat(d.start()).isEqualTo(new PartialDate(2018, 11, null));
        assertThat(one("Diễn đàn Tương lai ASEAN 2024 được tổ chức tại Hà Nội vào tháng 4/2024").start().month()).isEqualTo(4);
        assertThat(one("tháng 4 năm 2024").start()).isEqualTo(new PartialDate(2024, 4, null));
        assertThat(one("trong 3 năm tới (8/2024- 7/2027)").start()).isEqualTo(new PartialDate(2024, 8, null));
    }

    @Test
    void datesWrittenWithDashes() {
        assertThat(one("Chiều 5-9-2023, tại Gia-các-ta").start().toDate()).hasToString("2023-09-05");
        assertThat(one("ngày 25-7 tại Viêng Chăn").start()).isEqualTo(new PartialDate(null, 7, 25));
        assertThat(dates("hợp tác 2018-2022")).isEmpty();
        assertThat(dates("Covid-19 và 10-15 người")).isEmpty();
    }

    @Test
    void vietnameseDatesInWords() {
        assertThat(one("ngày 8 tháng 10 năm 2024").start().toDate()).hasToString("2024-10-08");
    }

    @Test
    void aDatelineWithTime() {
        assertThat(one("26/07/2024 17:13").start().toDate()).hasToString("2024-07-26");
    }

    @Test
    void englishDatesDayFirstAndMonthFirst() {
        assertThat(one("on 7 October").start()).isEqualTo(new PartialDate(null, 10, 7));
        DateMention range = one("from 9-11 October 2024 in Vientiane");
        assertThat(range.start().toDate()).hasToString("2024-10-09");
        assertThat(range.end().toDate()).hasToString("2024-10-11");
        assertThat(one("will be held from 8 to 11 October 2024").end().toDate()).hasToString("2024-10-11");
        assertThat(one("took place on July 25, 2024.").start().toDate()).hasToString("2024-07-25");
        DateMention monthFirst = one("October 8-11, 2024");
        assertThat(monthFirst.start().toDate()).hasToString("2024-10-08");
        assertThat(monthFirst.end().toDate()).hasToString("2024-10-11");
        assertThat(one("on Jan. 29, 2024").start().toDate()).hasToString("2024-01-29");
        assertThat(one("in November 2018").monthOnly()).isTrue();
        assertThat(one("from 30 September to 3 October 2025").end().toDate()).hasToString("2025-10-03");
    }

    @Test
    void mayTheVerbIsNoMonth() {
        assertThat(dates("the ministers may 5 times meet")).isEmpty();
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertThat(dates("ngày 31/2/2024")).isEmpty();
        assertThat(dates("ngày 12/13/2024")).isEmpty();
        assertThat(dates("32 October 2024")).singleElement().satisfies(d -> assertThat(d.monthOnly()).as("October 2024 only").isTrue());
    }
}
