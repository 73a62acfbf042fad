package org.mufakat.press;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mufakat.access.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code import FILE-or-DIR-or-ZIP...}: what it reads, prints and answers (the Spring start-up around it aside). Years 1981-1983. */
@SpringBootTest
class ImportCommandTests {

    @Autowired
    PressIntake intake;
    @Autowired
    PressReports reports;
    @Autowired
    CurrentActor actor;

    @TempDir
    Path folder;

    @Test
    void importsFilesFoldersAndArchivesWithTheGivenDateAndSourceAndPrintsASummary() throws Exception {
        Path nested = Files.createDirectories(folder.resolve("reports/2024"));
        Files.writeString(nested.resolve("a.txt"), PressFixtures.somReport(1981, "Hue", "Vietnam", "Tran Van Cli", 14));
        Files.writeString(nested.resolve("notes.md"), "not a report");
        Path zip = folder.resolve("more.zip");
        Files.write(zip, PressFixtures.zip(Map.of("b.txt", PressFixtures.somReport(1982, "Hanoi", "Vietnam", "Tran Van Zip", 15)
                .getBytes(StandardCharsets.UTF_8), "c.pdf", new byte[]{1})));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ImportCommand.Arguments arguments = ImportCommand.parse(new String[]{"import", folder.resolve("reports").toString(), zip.toString(),
                folder.resolve("missing.txt").toString(), "--published", "1983-01-02", "--source=https://example.org/cli"});

        int status = actor.asSystem("test", () -> ImportCommand.importFiles(intake, arguments,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(printed).contains("imported   " + nested.resolve("a.txt")).contains("imported   " + zip + "!b.txt")
                .contains("refused    " + zip + "!c.pdf").contains("refused    " + folder.resolve("missing.txt") + ": There is no such file or folder")
                .doesNotContain("notes.md")
                .contains("4 report(s): 2 imported, 0 duplicate(s), 0 near copy(ies), 2 refused");
        String id = printed.lines().filter(l -> l.contains("a.txt")).findFirst().orElseThrow().replaceAll(".*report ", "");
        ReportText report = actor.asSystem("test", () -> reports.find(ReportId.parse(id))).orElseThrow();
        assertThat(report.published()).isEqualTo(LocalDate.of(1983, 1, 2));
        assertThat(report.sourceUrl()).isEqualTo("https://example.org/cli");
    }

    @Test
    void refusesToRunWithoutAFileOrWithAMalformedDate() {
        assertThatThrownBy(() -> ImportCommand.parse(new String[]{"import", "--published", "2024-07-26"}))
                .hasMessageContaining("name at least one file");
        assertThatThrownBy(() -> ImportCommand.parse(new String[]{"import", "a.txt", "--published", "26/7/2024"}))
                .hasMessageContaining("YYYY-MM-DD");
        assertThat(ImportCommand.parse(new String[]{"import", "a.txt", "--spring.datasource.url=jdbc:postgresql://x/y"}).springArgs())
                .containsExactly("--spring.datasource.url=jdbc:postgresql://x/y");
    }
}
