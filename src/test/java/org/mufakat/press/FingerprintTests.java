package org.mufakat.press;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The same report imported twice, or copied by another site with its own noise, is recognised. */
class FingerprintTests {

    private static final Path SEEDS = Path.of("..", "shared", "corpus", "seeds");

    private static String seed(String name) throws IOException {
        Path file = SEEDS.resolve(name);
        assumeTrue(Files.exists(file), "The seed corpus is not at ../shared/corpus/seeds: skipped");
        return Files.readString(file);
    }

    private static Fingerprint print(String text) {
        return Reports.READER.clean(RawReport.text(text)).fingerprint();
    }

    @Test
    void theSameReportTwiceHasTheSameFingerprint() throws IOException {
        String report = seed("000_81ea59991d5bf172.txt");
        assertThat(print(report)).isEqualTo(print(report));
        assertThat(print(report).resemblance(print(report))).isEqualTo(1.0);
    }

    @Test
    void aCopyWithOtherNoiseSpacingAndTitleIsTheSameArticle() throws IOException {
        String report = seed("000_81ea59991d5bf172.txt");
        String body = report.substring(report.indexOf("\n") + 1, report.indexOf("Nguồn VietnamNet"));
        String copy = "Việt Nam cam kết phối hợp với Lào\n\n12/09/2024 08:00\n\n" + body.replace("\n\n", "\n").replace(", ", " , ")
                + "\nTin liên quan\nMột tin khác hoàn toàn\n";
        Fingerprint original = print(report);
        Fingerprint copied = print(copy);
        assertThat(copied.sameArticleAs(original)).isTrue();
        assertThat(copied.nearDuplicateOf(original)).isTrue();
    }

    @Test
    void anEditedCopyIsANearDuplicate() throws IOException {
        String report = seed("003_3e9d4fff79068a09.txt");
        String edited = report.replaceFirst("Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN vừa được khai mạc", "Hội nghị hẹp các Bộ trưởng Ngoại giao vừa khai mạc")
                .replaceFirst("Bộ trưởng cũng nhấn mạnh", "Ông cũng nhấn mạnh");
        Fingerprint original = print(report);
        Fingerprint copy = print(edited);
        assertThat(copy.sameArticleAs(original)).isFalse();
        assertThat(copy.nearDuplicateOf(original)).isTrue();
        assertThat(copy.simhashDistance(original)).isLessThan(12);
    }

    @Test
    void anotherReportIsNoDuplicate() throws IOException {
        Fingerprint a = print(seed("000_81ea59991d5bf172.txt"));
        Fingerprint b = print(seed("002_8eede4166ebfebbf.txt"));
        assertThat(a.nearDuplicateOf(b)).isFalse();
        assertThat(a.resemblance(b)).isLessThan(0.2);
    }

    @Test
    void aFingerprintSurvivesStorageAsText() throws IOException {
        Fingerprint f = print(seed("001_50014b1db8ddf553.txt"));
        assertThat(Fingerprint.of(f.digest(), f.simhashHex(), f.minhashHex())).isEqualTo(f);
    }
}
