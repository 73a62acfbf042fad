package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Years of their own: 2051-2059. */
@SpringBootTest
@AsRecordKeeper
class PressIntakeTests {

    @Autowired
    PressIntake intake;
    @Autowired
    PressReports reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pastedTextIsStoredUnchangedAndReadIntoProposedFacts() {
        String text = PressFixtures.somReport(2051, "Hue", "Vietnam", "Tran Van Alpha", 84);

        ImportOutcome outcome = intake.importReport(IncomingReport.text(text, "https://example.org/som-2051", null));

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(rawBytes(outcome.report())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        ReportView view = reports.view(outcome.report());
        assertThat(view.summary().title()).isEqualTo("ASEAN senior officials meet in Hue");
        assertThat(view.summary().sourceUrl()).isEqualTo("https://example.org/som-2051");
        assertThat(view.summary().status()).isEqualTo(ReviewStatus.NEW);
        assertThat(view.facts()).extracting(FactView::kind)
                .containsExactly(FactKind.MEETING, FactKind.MEETING, FactKind.HEAD_OF_DELEGATION);
        FactView som = view.facts().getFirst();
        assertThat(som.values()).containsEntry("series", "SOM").containsEntry("start", "2051-03-14").containsEntry("end", "2051-03-15")
                .containsEntry("city", "Hue").containsEntry("format", "IN_PERSON").containsEntry("role", "REPORTED");
        assertThat(som.span().of(view.text())).startsWith("On 14-15 March 2051");
        FactView head = view.facts().get(2);
        assertThat(head.values()).containsEntry("name", "Tran Van Alpha").containsEntry("country", "Vietnam");
        assertThat(head.meetings()).containsExactly(0);
        assertThat(reports.find(outcome.report())).hasValueSatisfying(found -> {
            assertThat(found.title()).isEqualTo("ASEAN senior officials meet in Hue");
            assertThat(found.language()).isEqualTo("en");
            assertThat(found.text()).contains("Tran Van Alpha");
        });
    }

    @Test
    void anHtmlFileIsCleanedOfItsPageAndKeptAsItCame() {
        String html = "<!doctype html><html><head><title>Site</title></head><body><nav>Home | News | Tin mới nhất</nav>"
                + "<article><h1>ASEAN senior officials meet in Ha Long</h1>"
                + PressFixtures.somReport(2052, "Ha Long", "Vietnam", "Tran Van Beta", 85).lines().skip(1)
                .filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").reduce("", String::concat)
                + "</article><footer>© Some site. All rights reserved.</footer></body></html>";

        ImportOutcome outcome = intake.importReport(PressFixtures.file("halong.html", html));

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(new String(rawBytes(outcome.report()), StandardCharsets.UTF_8)).isEqualTo(html);
        ReportView view = reports.view(outcome.report());
        assertThat(view.mediaType()).isEqualTo("text/html");
        assertThat(view.summary().title()).isEqualTo("ASEAN senior officials meet in Ha Long");
        assertThat(view.text()).contains("Tran Van Beta").doesNotContain("<p>").doesNotContain("All rights reserved");
        assertThat(view.facts()).extracting(FactView::kind).contains(FactKind.MEETING, FactKind.HEAD_OF_DELEGATION);
    }

    @Test
    void theSameReportImportedTwiceIsRecognisedAndNotStoredAgain() {
        String text = PressFixtures.somReport(2053, "Phu Quoc", "Vietnam", "Tran Van Gamma", 86);
        ImportOutcome first = intake.importReport(PressFixtures.file("first.txt", text));
        int before = count();

        ImportOutcome second = intake.importReport(PressFixtures.file("again.txt", text));

        assertThat(second.result()).isEqualTo(ImportOutcome.Result.DUPLICATE);
        assertThat(second.report()).isEqualTo(first.report());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aNearCopyFromAnotherSiteIsStoredAndLinkedToTheFirstShownOnBoth() {
        String unique = java.util.UUID.randomUUID().toString();
        String original = PressFixtures.somReport(2054, "Hai Phong", "Vietnam", "Tran Van Delta", 87, unique);
        String copy = original.replace("ASEAN senior officials meet in Hai Phong", "Senior officials of ASEAN gather in Hai Phong")
                + "\n\nSource: another news site.";
        ImportOutcome first = intake.importReport(PressFixtures.file("site-a.txt", original));

        ImportOutcome second = intake.importReport(PressFixtures.file("site-b.txt", copy));

        assertThat(first.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(second.result()).isEqualTo(ImportOutcome.Result.NEAR_COPY);
        assertThat(second.original()).isEqualTo(first.report());
        ReportView copied = reports.view(second.report());
        assertThat(copied.copyOf().id()).isEqualTo(first.report());
        assertThat(copied.copyResemblance()).isGreaterThanOrEqualTo(Fingerprint.NEAR_DUPLICATE);
        assertThat(reports.view(first.report()).copies()).extracting(ReportSummary::id).containsExactly(second.report());
    }

    @Test
    void eachReportsSixteenMinhashBandsAreKeptBesideItAndOnlyReportsSharingOneAreComparedForCopies() {
        String unique = java.util.UUID.randomUUID().toString();
        intake.importReport(PressFixtures.file("other.txt", PressFixtures.somReport(2057, "Da Nang", "Vietnam", "Le Thi Eta", 90,
                java.util.UUID.randomUUID().toString())));
        ImportOutcome report = intake.importReport(PressFixtures.file("bands.txt",
                PressFixtures.somReport(2056, "Hue", "Vietnam", "Tran Van Zeta", 89, unique)));

        var fingerprint = jdbc.sql("select fingerprint_minhash from press_report where id = ?").param(report.report().value())
                .query(String.class).single();
        List<String> bands = jdbc.sql("select band_key from press_report_band where report_id = ? order by band")
                .param(report.report().value()).query(String.class).list();
        assertThat(bands).hasSize(16);
        assertThat(String.join("", bands)).isEqualTo(fingerprint);
        long others = jdbc.sql("select count(*) from press_report").query(Long.class).single();
        long compared = jdbc.sql("""
                        select count(distinct report_id) from press_report_band
                        where (band, band_key) in (select band, band_key from press_report_band where report_id = ?)""")
                .param(report.report().value()).query(Long.class).single();
        assertThat(compared).isLessThan(others).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aZipOfReportsIsImportedEntryByEntryWithASummary() {
        String a = PressFixtures.somReport(2055, "Hanoi", "Vietnam", "Tran Van Epsilon", 88);
        String b = PressFixtures.somReport(2055, "Nha Trang", "Vietnam", "Tran Van Zeta", 89);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("reports/a.txt", a.getBytes(StandardCharsets.UTF_8));
        entries.put("reports/b.html", ("<html><body><h1>" + b.lines().findFirst().orElseThrow() + "</h1><p>"
                + b.substring(b.indexOf("\n\n") + 2).replace("\n\n", "</p><p>") + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        entries.put("reports/a-again.txt", a.getBytes(StandardCharsets.UTF_8));
        entries.put("reports/slides.pdf", new byte[]{'%', 'P', 'D', 'F'});
        entries.put("reports/empty.txt", new byte[0]);
        entries.put("__MACOSX/._a.txt", new byte[]{0, 1});
        List<ImportOutcome> heard = new ArrayList<>();

        ImportSummary summary = intake.importAll(List.of(new IncomingReport(PressFixtures.zip(entries), "batch.zip", null, null, null)),
                heard::add);

        assertThat(heard).isEqualTo(summary.outcomes());
        assertThat(summary.outcomes()).extracting(ImportOutcome::name, ImportOutcome::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple("batch.zip!reports/a.txt", ImportOutcome.Result.IMPORTED),
                org.assertj.core.groups.Tuple.tuple("batch.zip!reports/b.html", ImportOutcome.Result.IMPORTED),
                org.assertj.core.groups.Tuple.tuple("batch.zip!reports/a-again.txt", ImportOutcome.Result.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("batch.zip!reports/slides.pdf", ImportOutcome.Result.REFUSED),
                org.assertj.core.groups.Tuple.tuple("batch.zip!reports/empty.txt", ImportOutcome.Result.REFUSED));
        assertThat(summary.refusals()).extracting(ImportOutcome::reasonCode).containsExactly("press.file.type", ReportRefused.EMPTY);
        assertThat(summary.line()).isEqualTo("5 report(s): 2 imported, 1 duplicate(s), 0 near copy(ies), 2 refused");
        assertThat(PressIntake.countReports(List.of(new IncomingReport(PressFixtures.zip(entries), "batch.zip", null, null, null))))
                .isEqualTo(6);
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingItAndNothingIsStored() {
        int before = count();
        byte[] bomb = PressFixtures.zipBomb("huge.txt", 64);
        assertThat(bomb.length).isLessThan(200_000);

        ImportSummary summary = intake.importAll(List.of(new IncomingReport(bomb, "bomb.zip", null, null, null)));

        assertThat(summary.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(ImportOutcome.Result.REFUSED);
            assertThat(o.reasonCode()).isEqualTo(ReportRefused.TOO_LARGE);
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anArchiveUnpackingBeyondItsLimitIsRefusedForTheRest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] large = new byte[ReportReader.MAX_BYTES - 10];
        java.util.Arrays.fill(large, (byte) 'a');
        for (int i = 0; i < 25; i++) {
            entries.put("part-" + i + ".txt", large);
        }

        ImportSummary summary = intake.importAll(List.of(new IncomingReport(PressFixtures.zip(entries), "many.zip", null, null, null)));

        assertThat(summary.outcomes()).last().satisfies(o -> assertThat(o.reasonCode()).isEqualTo("press.archive.too-large"));
        assertThat(summary.imported()).isZero();
    }

    @Test
    void emptyOversizeBinaryAndForeignFilesAreRefusedWithTheirReasonAndLeaveNothingBehind() {
        int before = count();
        byte[] oversize = new byte[ReportReader.MAX_BYTES + 1];
        java.util.Arrays.fill(oversize, (byte) 'x');
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);

        ImportSummary summary = intake.importAll(List.of(
                PressFixtures.text(""),
                new IncomingReport(oversize, "big.txt", null, null, null),
                new IncomingReport(binary, "noise.txt", null, null, null),
                new IncomingReport(binary, "photo.jpg", null, null, null),
                new IncomingReport(new byte[]{'P', 'K', 3, 4, 9, 9}, "broken.zip", null, null, null)));

        assertThat(summary.outcomes()).allSatisfy(o -> {
            assertThat(o.result()).isEqualTo(ImportOutcome.Result.REFUSED);
            assertThat(o.reason()).isNotBlank();
        });
        assertThat(summary.outcomes()).extracting(ImportOutcome::reasonCode).startsWith(ReportRefused.EMPTY, ReportRefused.TOO_LARGE)
                .contains("press.file.type");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from press_raw").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aSourceThatIsNoWebAddressIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IncomingReport.text("x", "javascript:alert(1)", null))
                .isInstanceOf(org.mufakat.platform.domain.RuleViolation.class)
                .hasMessageContaining("web address");
    }

    private byte[] rawBytes(ReportId report) {
        return jdbc.sql("select content from press_raw where report_id = ?").param(report.value()).query(byte[].class).single();
    }

    private int count() {
        return jdbc.sql("select count(*) from press_report").query(Integer.class).single();
    }
}
