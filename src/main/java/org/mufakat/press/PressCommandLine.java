package org.mufakat.press;

import org.mufakat.press.evaluation.GoldEvaluation;
import org.mufakat.press.evaluation.Score;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The press intake's command line, run before any Spring context (no database):
 * <pre>
 * extract FILE... [--published YYYY-MM-DD]     one JSON object per report and line (the contract)
 * evaluate GOLD.jsonl [--reports DIR] [--verbose]   precision, recall and F1 per field against a gold file
 * </pre>
 */
public final class PressCommandLine {

    private PressCommandLine() {
    }

    /** Whether the arguments are a press command rather than the application's. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("extract") || args[0].equals("evaluate"));
    }

    /** Runs the command with UTF-8 standard streams; returns the exit status. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return switch (args[0]) {
                case "extract" -> extract(args, out, err);
                case "evaluate" -> evaluate(args, out, err);
                default -> usage(err);
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return usage(err);
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: extract FILE... [--published YYYY-MM-DD]");
        err.println("       evaluate GOLD.jsonl [--reports DIR] [--verbose]");
        return 2;
    }

    private static int extract(String[] args, PrintStream out, PrintStream err) {
        LocalDate published = null;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--published")) {
                published = date(value(args, ++i, "--published"));
            } else if (args[i].startsWith("--published=")) {
                published = date(args[i].substring("--published=".length()));
            } else {
                files.add(args[i]);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("extract: name at least one file");
        }
        ReportReader reader = ReportReader.standard();
        int failed = 0;
        for (String file : files) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file);
            try {
                Path path = Path.of(file);
                if (Files.size(path) > ReportReader.MAX_BYTES) {
                    throw new ReportRefused("content", ReportRefused.TOO_LARGE, "The report has " + Files.size(path)
                            + " bytes; reports of at most " + ReportReader.MAX_BYTES + " bytes (5 MiB) are read");
                }
                byte[] bytes = Files.readAllBytes(path);
                RawReport raw = new RawReport(bytes, RawReport.MediaType.guess(file, bytes), null, published);
                line.putAll(ExtractionJson.of(reader.read(raw)));
            } catch (ReportRefused refused) {
                line.put("error", Map.of("code", refused.code(), "message", refused.getMessage()));
                err.println(file + ": " + refused.getMessage());
                failed++;
            } catch (IOException e) {
                line.put("error", Map.of("code", "press.file.unreadable", "message", String.valueOf(e.getMessage())));
                err.println(file + ": cannot be read: " + e.getMessage());
                failed++;
            }
            out.println(ExtractionJson.write(line));
        }
        return failed == 0 ? 0 : 1;
    }

    private static int evaluate(String[] args, PrintStream out, PrintStream err) {
        Path gold = null;
        Path reports = null;
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--reports" -> reports = Path.of(value(args, ++i, "--reports"));
                case "--verbose" -> verbose = true;
                default -> {
                    if (args[i].startsWith("--reports=")) {
                        reports = Path.of(args[i].substring("--reports=".length()));
                    } else if (gold == null) {
                        gold = Path.of(args[i]);
                    } else {
                        throw new IllegalArgumentException("evaluate: one gold file, not " + args[i]);
                    }
                }
            }
        }
        if (gold == null) {
            throw new IllegalArgumentException("evaluate: name the gold file");
        }
        if (reports == null) {
            // seeds-gold.jsonl beside seeds/: the reports are in the folder named like the gold file's prefix.
            Path parent = gold.toAbsolutePath().getParent();
            String name = gold.getFileName().toString();
            Path sibling = parent.resolve(name.contains("-gold") ? name.substring(0, name.indexOf("-gold")) : "seeds");
            reports = Files.isDirectory(sibling) ? sibling : parent;
        }
        GoldEvaluation evaluation = new GoldEvaluation(ReportReader.standard());
        Map<String, Score> scores = evaluation.run(gold, reports);
        out.print(GoldEvaluation.table(scores));
        if (verbose) {
            evaluation.differences().forEach(d -> out.println("  " + d));
        }
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--published must be a date written YYYY-MM-DD, not " + value);
        }
    }
}
