package org.mufakat.outputs;

import org.mufakat.documents.Classification;
import org.mufakat.documents.Decision;
import org.mufakat.outputs.OutcomeList.Outcome;
import org.mufakat.outputs.PrintedDocument.Annex;
import org.mufakat.outputs.PrintedDocument.Heading;
import org.mufakat.outputs.PrintedDocument.Paragraph;
import org.mufakat.outputs.PrintedDocument.Part;
import org.mufakat.outputs.PrintedDocument.PartKind;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.List;

/** Texts to print in tests: a restricted declaration with Vietnamese in its title, an outcome list with awkward titles. */
final class Samples {

    static final String TITLE_VI = "Tuyên bố Viêng Chăn về tăng cường kết nối và khả năng chống chịu của Cộng đồng ASEAN";

    private Samples() {
    }

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/outputs");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static PrintedDocument declaration(Classification classification) {
        return new PrintedDocument("ASEAN/AMM/2024/3", classification,
                LocalizedText.of("Vientiane Declaration on Enhancing Connectivity and Resilience of the ASEAN Community", TITLE_VI),
                LocalizedText.of("Declaration", "Tuyên bố"), LocalizedText.of("ASEAN", "ASEAN"),
                List.of(new Part(PartKind.PREAMBLE, List.of(
                                new Paragraph(null, "WE, the Foreign Ministers of the Member States of ASEAN, gathered in Vientiane;"),
                                new Paragraph(null, "RECALLING the ASEAN Charter and the ASEAN Community Vision 2025;"))),
                        new Part(PartKind.OPERATIVE, List.of(
                                new Heading("Connectivity"),
                                new Paragraph("1", "AGREE to deepen connectivity across the region;"),
                                new Paragraph("2", "TASK the Senior Officials to report to the 58th AMM;"),
                                new Heading("Resilience"),
                                new Paragraph("3", "ENCOURAGE cooperation on disaster management, including with Hà Nội and Đà Nẵng.")))),
                List.of(new Annex("1", LocalizedText.of("Work plan", "Kế hoạch công tác"),
                        List.of(new Paragraph("1", "Review in 2025.")))),
                3, LocalDate.of(2024, 7, 25));
    }

    static OutcomeList outcomes() {
        return new OutcomeList(LocalizedText.of("57th ASEAN Foreign Ministers' Meeting", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57"),
                LocalDate.of(2024, 7, 25), LocalDate.of(2024, 7, 27), LocalizedText.of("Vientiane, Lao PDR", "Viêng Chăn, Lào"),
                List.of(new Outcome(null, "ASEAN/AMM/2024/1", LocalizedText.of("Joint communiqué", "Thông cáo chung"),
                                LocalizedText.of("Joint Communiqué of the 57th AMM", "Thông cáo chung Hội nghị AMM-57"),
                                Decision.ADOPTED, 4, LocalDate.of(2024, 7, 25)),
                        new Outcome(null, "ASEAN/AMM/2024/2", LocalizedText.of("Statement", "Tuyên bố"),
                                LocalizedText.of("Statement on the \"South China Sea\", peace, and stability",
                                        "Tuyên bố về \"Biển Đông\", hòa bình và ổn định"),
                                Decision.NOTED, 2, LocalDate.of(2024, 7, 26)),
                        new Outcome(null, "ASEAN/AMM/2024/3", LocalizedText.of("Report", "Báo cáo"),
                                LocalizedText.of("Report of the Senior Officials\nto the Ministers", "Báo cáo của các Quan chức Cao cấp\ngửi các Bộ trưởng"),
                                Decision.ISSUED, 1, LocalDate.of(2024, 7, 27))));
    }
}
