package org.mufakat.commitments;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.press.ImportOutcome;
import org.mufakat.press.IncomingReport;
import org.mufakat.press.PressIntake;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A standing issue's timeline lists the imported reports that name it by one of its phrases, with the sentence. */
@SpringBootTest
@AsRecordKeeper
class IssueReportsTests {

    @Autowired
    IssueRegister issues;
    @Autowired
    PressIntake intake;

    @Test
    void listsTheReportsThatNameTheIssueWithTheSentenceThatDoes() {
        String word = unique();
        ImportOutcome naming = imported("Tin về hội nghị " + unique() + "\n\nHội nghị đã diễn ra tại Viêng Chăn. Các bộ trưởng thảo luận về vấn đề "
                + word.toUpperCase() + " và nhấn mạnh luật pháp quốc tế. Phiên họp kết thúc lúc 17 giờ.", LocalDate.of(2036, 4, 2));
        ImportOutcome silent = imported("Tin khác " + unique() + "\n\nHội nghị bàn về kinh tế số và chuyển đổi xanh trong khu vực.",
                LocalDate.of(2036, 4, 3));
        IssueView issue = issues.open(new OpenStandingIssue(code(), LocalizedText.english("Issue " + word), null,
                new IssueTerms(List.of(word))));

        List<IssueTimeline.Entry> reports = reportsOn(issue.code());

        assertThat(reports).singleElement().satisfies(entry -> {
            assertThat(entry.report().id()).isEqualTo(naming.report());
            assertThat(entry.on()).isEqualTo(LocalDate.of(2036, 4, 2));
            assertThat(entry.report().sentence())
                    .isEqualTo("Các bộ trưởng thảo luận về vấn đề " + word.toUpperCase() + " và nhấn mạnh luật pháp quốc tế.");
        });
        assertThat(reports).noneMatch(e -> e.report().id().equals(silent.report()));
    }

    @Test
    void aPhraseIsFoundAsWholeWordsAndInVietnameseLetterCase() {
        String word = unique();
        ImportOutcome inside = imported("Bản tin " + unique() + "\n\nMột đoạn nói về " + word + "xyz, không phải về vấn đề.", null);
        ImportOutcome vietnamese = imported("Bản tin " + unique() + "\n\nCác nước bàn về BIỂN ĐÔNG " + word + " hôm nay.", LocalDate.of(2036, 4, 5));
        IssueView issue = issues.open(new OpenStandingIssue(code(), LocalizedText.english("Issue " + word), null,
                new IssueTerms(List.of("biển đông " + word))));

        assertThat(reportsOn(issue.code())).extracting(e -> e.report().id()).containsExactly(vietnamese.report())
                .doesNotContain(inside.report());
    }

    @Test
    void newPhrasesBringInReportsImportedBeforeThem() {
        String word = unique();
        ImportOutcome earlier = imported("Report " + unique() + "\n\nMinisters discussed the " + word + " question at length.", LocalDate.of(2036, 5, 1));
        IssueView issue = issues.open(new OpenStandingIssue(code(), LocalizedText.english("Issue " + word), null));
        assertThat(reportsOn(issue.code())).isEmpty();

        IssueView revised = issues.revise(issue.code(), new ReviseStandingIssue(issue.title(), null, new IssueTerms(List.of(word))), issue.version());

        assertThat(revised.terms().phrases()).containsExactly(word);
        assertThat(reportsOn(issue.code())).extracting(e -> e.report().id()).containsExactly(earlier.report());
    }

    private List<IssueTimeline.Entry> reportsOn(String code) {
        return issues.timeline(code).entries().stream().filter(e -> e.kind() == IssueTimeline.Kind.REPORT).toList();
    }

    private ImportOutcome imported(String text, LocalDate published) {
        ImportOutcome outcome = intake.importReport(new IncomingReport(text.getBytes(StandardCharsets.UTF_8), null, "text/plain", null, published));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        return outcome;
    }

    private static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String code() {
        return "reports-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
