package org.mufakat.outputs;


import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's outcome list as CSV, DOCX and PDF, parsed back. */
class OutcomeListPrintingTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CsvRenderer csv = new CsvRenderer(Samples.messages());
    private final DocxRenderer docx = new DocxRenderer(Samples.messages());
    private final PdfRenderer pdf = new PdfRenderer(Samples.messages());

    @Test
    void csvStartsWithAByteOrderMarkAndParsesBackWithQuotesCommasAndLineBreaksInTitles() throws IOException {
        byte[] bytes = csv.render(Samples.outcomes(), Locale.ENGLISH);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();

        assertThat(records).hasSize(4);
        assertThat(records.getFirst().values()).containsExactly("Symbol", "Kind", "Title (English)", "Title (Vietnamese)", "Decision",
                "Version", "Date");
        assertThat(records.get(2).values()).containsExactly("ASEAN/AMM/2024/2", "Statement",
                "Statement on the \"South China Sea\", peace, and stability", "Tuyên bố về \"Biển Đông\", hòa bình và ổn định",
                "Noted", "2", "2024-07-26");
        assertThat(records.get(3).get(2)).isEqualTo("Report of the Senior Officials\nto the Ministers");
        assertThat(records.get(3).get(3)).isEqualTo("Báo cáo của các Quan chức Cao cấp\ngửi các Bộ trưởng");
    }

    @Test
    void csvInVietnameseNamesItsColumnsAndDecisionsInVietnamese() throws IOException {
        String text = new String(csv.render(Samples.outcomes(), VIETNAMESE), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();

        assertThat(records.getFirst().get(0)).isEqualTo("Ký hiệu");
        assertThat(records.get(1).get(4)).isEqualTo("Thông qua");
        assertThat(records.get(3).get(4)).isEqualTo("Ban hành");
    }

    @Test
    void anEmptyListIsOnlyTheHeader() throws IOException {
        var empty = new OutcomeList(Samples.outcomes().meetingTitle(), Samples.outcomes().startDate(), null, null, List.of());
        String text = new String(csv.render(empty, Locale.ENGLISH), StandardCharsets.UTF_8).substring(1);

        assertThat(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords()).hasSize(1);
    }

    @Test
    void wordFileHasOneTableRowPerOutcomeAfterTheHeaderRow() throws IOException {
        byte[] bytes = docx.render(Samples.outcomes(), VIETNAMESE);

        try (var read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(read.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("Văn kiện kết quả", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57", "25/7/2024 – 27/7/2024, Viêng Chăn, Lào");
            XWPFTable table = read.getTables().getFirst();
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList())
                    .containsExactly("Ký hiệu", "Loại", "Tiêu đề", "Quyết định", "Phiên bản", "Ngày");
            assertThat(table.getRow(2).getTableCells().stream().map(XWPFTableCell::getText).toList())
                    .containsExactly("ASEAN/AMM/2024/2", "Tuyên bố", "Tuyên bố về \"Biển Đông\", hòa bình và ổn định", "Ghi nhận", "2", "26/7/2024");
        }
    }

    @Test
    void pdfListsTheOutcomesWithTheirVietnameseTitlesIntact() throws IOException {
        byte[] bytes = pdf.render(Samples.outcomes(), VIETNAMESE);

        try (var read = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Văn kiện kết quả", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57", "Viêng Chăn, Lào");
            assertThat(text).containsSubsequence("ASEAN/AMM/2024/1", "Thông cáo chung Hội nghị AMM-57", "Thông qua",
                    "ASEAN/AMM/2024/2", "Biển Đông", "Ghi nhận", "ASEAN/AMM/2024/3", "Ban hành");
        }
    }
}
