package org.mufakat.press;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of cleaning plus extraction, on one thread: not a test (a timed unit test measures the machine, not the
 * code), a harness run by hand and written up in docs/benchmarks.md. Reads the seed reports (5-21 KB of Vietnamese
 * text with their web noise) and the HTML and English fixtures, warms the JIT up, then reads them round-robin for a
 * fixed time and reports reports per second, per kind of input.
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.mufakat.press.PressBenchmark [seconds]
 * </pre>
 */
public final class PressBenchmark {

    private PressBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        ReportReader reader = ReportReader.standard();
        List<RawReport> text = new ArrayList<>();
        Path seeds = Path.of("..", "shared", "corpus", "seeds");
        if (Files.isDirectory(seeds)) {
            try (var files = Files.list(seeds)) {
                for (Path file : files.sorted().toList()) {
                    text.add(new RawReport(Files.readAllBytes(file), RawReport.MediaType.TEXT, null, null));
                }
            }
        }
        text.add(RawReport.text(Reports.resource("english-report.txt")));
        List<RawReport> html = List.of(RawReport.html(Reports.resource("amm57-page.html")), RawReport.html(Reports.resource("amm57-bare-page.html")),
                RawReport.html(padded(Reports.resource("amm57-bare-page.html"))));
        System.out.printf(Locale.ROOT, "java %s, %d cores, reports: %d text (%s bytes), %d html (%s bytes)%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), text.size(), sizes(text), html.size(), sizes(html));
        measure("warm-up", reader, concat(text, html), seconds / 2, false);
        measure("text reports, clean + extract", reader, text, seconds, false);
        measure("text reports, clean only", reader, text, seconds, true);
        measure("html reports, clean + extract", reader, html, seconds, false);
        measure("all, clean + extract", reader, concat(text, html), seconds, false);
    }

    private static void measure(String label, ReportReader reader, List<RawReport> reports, double seconds, boolean cleanOnly) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        long bytes = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (RawReport report : reports) {
                sink += cleanOnly ? reader.clean(report).text().length() : reader.read(report).meetings().size();
                bytes += report.size();
                count++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-32s %8.0f reports/s  %6.1f MB/s  %.3f ms/report  (%d reports in %.1f s, sink %d)%n", label,
                count / elapsed, bytes / elapsed / 1e6, elapsed * 1000 / count, count, elapsed, sink % 10);
    }

    private static String padded(String html) {
        // A 20 KB page: the article plus a long related-stories column.
        StringBuilder related = new StringBuilder("<div class=\"col\"><h3>Tin mới nhất</h3><ul>");
        while (related.length() < 14_000) {
            related.append("<li><a href=\"/tin/").append(related.length()).append("\">Thủ tướng tiếp Đại sứ, trao đổi về hợp tác song phương "
                    + "và đa phương trong khuôn khổ ASEAN</a><p>Tóm tắt tin ngắn, có dấu phẩy, nhiều chữ...</p></li>");
        }
        return html.replace("</body>", related + "</ul></div></body>");
    }

    private static String sizes(List<RawReport> reports) {
        return reports.stream().map(r -> String.valueOf(r.size())).reduce((a, b) -> a + "/" + b).orElse("");
    }

    private static List<RawReport> concat(List<RawReport> a, List<RawReport> b) {
        List<RawReport> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
