package org.mufakat.press;

import org.mufakat.access.CurrentActor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code java -jar mufakat.jar import FILE-or-DIR-or-ZIP... [--published YYYY-MM-DD] [--source URL] [--spring.datasource.url=...]}:
 * imports reports into the database (the embedded one when none is configured), as the web page does, printing one
 * line per report and a summary. Exits 0 when nothing was refused,
 * 1 when something was, 2 on wrong arguments or when the database cannot be reached. The application starts whole (its
 * pages' beans need a servlet context), its web server on a random port of the loopback interface, closed at the end.
 */
public final class ImportCommand {

    public static final String NAME = "import";
    /** The largest file read from disk: an archive of reports (each report is checked against its own limit). */
    static final long MAX_FILE = 200L * 1024 * 1024;

    private ImportCommand() {
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    record Arguments(List<Path> paths, LocalDate published, String source, List<String> springArgs) {
    }

    public static int run(Class<?> application, String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: import FILE-or-DIR-or-ZIP... [--published YYYY-MM-DD] [--source URL]");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "server.port=0", "server.address=127.0.0.1")
                .run(arguments.springArgs().toArray(String[]::new))) {
            PressIntake intake = context.getBean(PressIntake.class);
            return context.getBean(CurrentActor.class).asSystem("import-command", () -> importFiles(intake, arguments, out, err));
        } catch (RuntimeException e) {
            err.println("Could not import: " + e.getMessage());
            return 2;
        }
    }

    static Arguments parse(String[] args) {
        List<Path> paths = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        LocalDate published = null;
        String source = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--published") || arg.equals("--source")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                if (arg.equals("--published")) {
                    published = date(value);
                } else {
                    source = value;
                }
            } else if (arg.startsWith("--published=")) {
                published = date(arg.substring("--published=".length()));
            } else if (arg.startsWith("--source=")) {
                source = arg.substring("--source=".length());
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("import: name at least one file, folder or zip archive");
        }
        return new Arguments(paths, published, source, spring);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--published must be a date written YYYY-MM-DD, not " + value);
        }
    }

    /** Imports the files (folders walked for .txt, .html and .zip files), printing each outcome and the summary. */
    static int importFiles(PressIntake intake, Arguments arguments, PrintStream out, PrintStream err) {
        List<IncomingReport> incoming = new ArrayList<>();
        List<ImportOutcome> unread = new ArrayList<>();
        for (Path path : arguments.paths()) {
            for (Path file : files(path, unread)) {
                try {
                    long size = Files.size(file);
                    if (size > MAX_FILE || (size > ReportReader.MAX_BYTES && !file.toString().toLowerCase(Locale.ROOT).endsWith(".zip"))) {
                        unread.add(ImportOutcome.refused(file.toString(), ReportRefused.TOO_LARGE, "The file has " + size + " bytes: too large"));
                        continue;
                    }
                    incoming.add(new IncomingReport(Files.readAllBytes(file), file.toString(), null, arguments.source(), arguments.published()));
                } catch (IOException e) {
                    unread.add(ImportOutcome.refused(file.toString(), "press.file.unreadable", "The file cannot be read: " + e.getMessage()));
                }
            }
        }
        ImportSummary imported = intake.importAll(incoming, outcome -> out.println(line(outcome)));
        unread.forEach(outcome -> out.println(line(outcome)));
        List<ImportOutcome> all = new ArrayList<>(imported.outcomes());
        all.addAll(unread);
        ImportSummary summary = new ImportSummary(all);
        out.println(summary.line());
        return summary.refused() == 0 ? 0 : 1;
    }

    private static List<Path> files(Path path, List<ImportOutcome> unread) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            unread.add(ImportOutcome.refused(path.toString(), "press.file.missing", "There is no such file or folder"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path, 8)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".zip"));
            }).sorted().toList();
        } catch (IOException e) {
            unread.add(ImportOutcome.refused(path.toString(), "press.file.unreadable", "The folder cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    static String line(ImportOutcome outcome) {
        return switch (outcome.result()) {
            case IMPORTED -> "imported   " + outcome.name() + " -> report " + outcome.report();
            case DUPLICATE -> "duplicate  " + outcome.name() + " = report " + outcome.report();
            case NEAR_COPY -> "near copy  " + outcome.name() + " -> report " + outcome.report() + ", a copy of " + outcome.original();
            case REFUSED -> "refused    " + outcome.name() + ": " + outcome.reason();
        };
    }
}
