package org.mufakat.outputs;

import org.mufakat.documents.Classification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A document version printed as DOCX and PDF, read back with Apache POI and PDFBox. */
class DocumentPrintingTests {

    private final DocxRenderer docx = new DocxRenderer(Samples.messages());
    private final PdfRenderer pdf = new PdfRenderer(Samples.messages());

    @Test
    void wordFileCarriesSymbolMarkingBothTitlesAndTheNumberedParagraphsInOrder() throws IOException {
        byte[] bytes = docx.render(Samples.declaration(Classification.RESTRICTED), Locale.ENGLISH);

        try (var read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> texts = read.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.getFirst()).isEqualTo("ASEAN/AMM/2024/3");
            assertThat(texts).contains("RESTRICTED", Samples.TITLE_VI,
                    "Vientiane Declaration on Enhancing Connectivity and Resilience of the ASEAN Community");
            assertThat(read.getHeaderList()).isNotEmpty();
            assertThat(read.getHeaderList().getFirst().getText()).contains("RESTRICTED");
            assertThat(read.getFooterList().getFirst().getText()).contains("ASEAN/AMM/2024/3");

            List<String> numbered = texts.stream().filter(t -> t.matches("^\\d+\\.\\t.*")).toList();
            assertThat(numbered).containsExactly("1.\tAGREE to deepen connectivity across the region;",
                    "2.\tTASK the Senior Officials to report to the 58th AMM;",
                    "3.\tENCOURAGE cooperation on disaster management, including with Hà Nội and Đà Nẵng.",
                    "1.\tReview in 2025.");
            assertThat(texts.indexOf("RECALLING the ASEAN Charter and the ASEAN Community Vision 2025;"))
                    .isLessThan(texts.indexOf("Connectivity"));
            XWPFParagraph heading = read.getParagraphs().stream().filter(p -> p.getText().equals("Resilience")).findFirst().orElseThrow();
            assertThat(heading.getStyle()).isEqualTo("Heading2");
            assertThat(read.getStyles().styleExist("Heading2")).isTrue();
            assertThat(texts).contains("Annex 1: Work plan");
            assertThat(texts).anyMatch(t -> t.contains("Declaration · ASEAN · Version 3 · 25 July 2024"));
        }
    }

    @Test
    void aPublicDocumentIsMarkedPublicAndItsLabelsFollowTheReadersLanguage() throws IOException {
        byte[] bytes = docx.render(Samples.declaration(Classification.PUBLIC), Locale.forLanguageTag("vi"));

        try (var read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> texts = read.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).doesNotContain("RESTRICTED", "HẠN CHẾ");
            assertThat(read.getHeaderList().getFirst().getText()).contains("CÔNG KHAI");
            assertThat(texts).anyMatch(t -> t.contains("Tuyên bố · ASEAN · Phiên bản 3 · 25/7/2024"));
            assertThat(texts).contains("Phụ lục 1: Kế hoạch công tác");
        }
    }

    @Test
    void pdfTextExtractsWithItsVietnameseDiacriticsAndTheMarkingOnEveryPage() throws IOException {
        byte[] bytes = pdf.render(Samples.declaration(Classification.RESTRICTED), Locale.ENGLISH);

        try (PDDocument read = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " "); // lines wrap where the page ends
            assertThat(text).contains(Samples.TITLE_VI);
            assertThat(text).contains("Hà Nội and Đà Nẵng");
            assertThat(text).contains("ASEAN/AMM/2024/3");
            assertThat(text).containsSubsequence("RECALLING", "Connectivity", "1.", "AGREE to deepen connectivity",
                    "2.", "TASK the Senior Officials", "Resilience", "3.", "ENCOURAGE", "Annex 1: Work plan", "Review in 2025.");
            assertThat(read.getNumberOfPages()).isEqualTo(2); // the annex starts a page of its own
            for (int page = 1; page <= read.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(read)).as("page " + page).contains("RESTRICTED");
            }
            assertThat(fonts(read)).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    private static List<String> fonts(PDDocument read) throws IOException {
        List<String> names = new ArrayList<>();
        for (var page : read.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                names.add(font.getName());
            }
        }
        return names;
    }
}
