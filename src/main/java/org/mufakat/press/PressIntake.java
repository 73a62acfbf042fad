package org.mufakat.press;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Imports news reports: pasted text, .txt and .html files, and zip archives of them. Each report is stored in its own
 * transaction, raw bytes unchanged, with what the reader derives from it; a report whose bytes were imported before
 * is a duplicate (nothing stored), one whose article resembles an earlier one is stored as its near copy, one the
 * reader refuses leaves nothing behind. Archives are unpacked within limits (entries, bytes per entry, bytes in
 * all), reading no more than the limits allow, so that a zip bomb is refused rather than unpacked.
 */
@Service
public class PressIntake {

    /** The most entries read from one archive. */
    public static final int MAX_ENTRIES = 500;
    /** The most bytes an archive may unpack to, in all: 100 MiB. */
    public static final long MAX_UNPACKED = 100L * 1024 * 1024;

    static final String REVISION_TYPE = "report";

    private final ImportedReports reports;
    private final ReportQueries queries;
    private final ReportReader reader;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PressIntake(ImportedReports reports, ReportQueries queries, ReportReader reader, Revisions revisions, AccessPolicy access,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.reader = reader;
        this.revisions = revisions;
        this.access = access;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Refuses whoever may not import reports (before they fill in the import form). */
    public void requireMayImport() {
        access.require(access.mayImportReports(access.actor()), "import reports");
    }

    /** Imports one report (not an archive). */
    public ImportOutcome importReport(IncomingReport incoming) {
        Actor actor = access.actor();
        access.require(access.mayImportReports(actor), "import reports");
        return store(incoming, actor);
    }

    /** Imports reports and archives of reports, each on its own; {@code progress} hears of each outcome as it comes. */
    public ImportSummary importAll(List<IncomingReport> incoming, Consumer<ImportOutcome> progress) {
        Actor actor = access.actor();
        access.require(access.mayImportReports(actor), "import reports");
        List<ImportOutcome> outcomes = new ArrayList<>();
        Consumer<ImportOutcome> record = outcome -> {
            outcomes.add(outcome);
            progress.accept(outcome);
        };
        for (IncomingReport report : incoming) {
            if (isArchive(report)) {
                unpack(report, entry -> record.accept(store(entry, actor)), record);
            } else {
                record.accept(store(report, actor));
            }
        }
        return new ImportSummary(outcomes);
    }

    public ImportSummary importAll(List<IncomingReport> incoming) {
        return importAll(incoming, outcome -> {
        });
    }

    /** How many reports the items hold, archives counted by their entries (for a progress bar); -1 if unknown. */
    public static int countReports(List<IncomingReport> incoming) {
        int count = 0;
        for (IncomingReport report : incoming) {
            if (!isArchive(report)) {
                count++;
                continue;
            }
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(report.content()))) {
                int entries = 0;
                for (ZipEntry entry = zip.getNextEntry(); entry != null && entries <= MAX_ENTRIES; entry = zip.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        entries++;
                    }
                }
                count += Math.max(1, entries);
            } catch (IOException | IllegalArgumentException e) {
                count++;
            }
        }
        return count;
    }

    static boolean isArchive(IncomingReport report) {
        String name = report.fileName() == null ? "" : report.fileName().toLowerCase(Locale.ROOT);
        byte[] c = report.content();
        return name.endsWith(".zip") || (c.length >= 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4);
    }

    private void unpack(IncomingReport archive, Consumer<IncomingReport> report, Consumer<ImportOutcome> refused) {
        String prefix = archive.name() + "!";
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || hidden(entry.getName())) {
                    continue;
                }
                String name = prefix + entry.getName();
                if (++entries > MAX_ENTRIES) {
                    refused.accept(ImportOutcome.refused(archive.name(), "press.archive.too-many",
                            "The archive holds more than " + MAX_ENTRIES + " files; the rest were not read"));
                    return;
                }
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".zip")) {
                    refused.accept(ImportOutcome.refused(name, "press.archive.nested", "Archives inside archives are not opened"));
                    continue;
                }
                if (!readable(lower)) {
                    refused.accept(ImportOutcome.refused(name, "press.file.type", "Only .txt and .html files are read"));
                    continue;
                }
                byte[] content = readAtMost(zip, ReportReader.MAX_BYTES + 1L);
                unpacked += content.length;
                if (content.length > ReportReader.MAX_BYTES) {
                    refused.accept(ImportOutcome.refused(name, ReportRefused.TOO_LARGE,
                            "The report has more than " + ReportReader.MAX_BYTES + " bytes; reports of at most 5 MiB are read"));
                    continue;
                }
                if (unpacked > MAX_UNPACKED) {
                    refused.accept(ImportOutcome.refused(archive.name(), "press.archive.too-large",
                            "The archive unpacks to more than " + (MAX_UNPACKED >> 20) + " MiB; the rest was not read"));
                    return;
                }
                report.accept(new IncomingReport(content, name, null, archive.sourceUrl(), archive.published()));
            }
            if (entries == 0) {
                refused.accept(ImportOutcome.refused(archive.name(), "press.archive.empty", "The archive holds no files"));
            }
        } catch (ZipException | IllegalArgumentException e) {
            refused.accept(ImportOutcome.refused(archive.name(), "press.archive.unreadable", "The archive cannot be read: " + e.getMessage()));
        } catch (IOException e) {
            refused.accept(ImportOutcome.refused(archive.name(), "press.archive.unreadable", "The archive cannot be read"));
        }
    }

    private static boolean hidden(String entryName) {
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        return entryName.startsWith("__MACOSX/") || base.startsWith(".");
    }

    private static boolean readable(String lowerName) {
        String base = lowerName.substring(lowerName.lastIndexOf('/') + 1);
        return !base.contains(".") || base.endsWith(".txt") || base.endsWith(".text") || base.endsWith(".html")
                || base.endsWith(".htm") || base.endsWith(".xhtml");
    }

    /** Reads at most {@code limit} bytes, whatever the entry claims its size is. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    private ImportOutcome store(IncomingReport incoming, Actor actor) {
        String name = incoming.name();
        if (incoming.fileName() != null && !readable(incoming.fileName().toLowerCase(Locale.ROOT))) {
            return ImportOutcome.refused(name, "press.file.type", "Only .txt, .html and .zip files are read");
        }
        if (incoming.content().length > ReportReader.MAX_BYTES) {
            return ImportOutcome.refused(name, ReportRefused.TOO_LARGE, "The report has " + incoming.content().length
                    + " bytes; reports of at most " + ReportReader.MAX_BYTES + " bytes (5 MiB) are read");
        }
        String sha256 = sha256(incoming.content());
        var existing = reports.findByRawSha256(sha256);
        if (existing.isPresent()) {
            return ImportOutcome.duplicate(name, existing.get().id());
        }
        Extraction extraction;
        try {
            extraction = reader.read(new RawReport(incoming.content(), incoming.type(), incoming.sourceUrl(), incoming.published()));
        } catch (ReportRefused refused) {
            return ImportOutcome.refused(name, refused.code(), refused.getMessage());
        }
        try {
            return transactions.execute(status -> {
                ReportQueries.Fingerprinted original = original(extraction.report().fingerprint());
                ReportId copyOf = original == null ? null : original.copyOf() != null ? original.copyOf() : original.id();
                Double resemblance = original == null ? null : original.fingerprint().resemblance(extraction.report().fingerprint());
                Report report = Report.importFrom(incoming, sha256, extraction, copyOf, resemblance, actor.name(), clock.instant());
                Report saved = reports.save(report);
                queries.archive(saved.id(), incoming.content());
                revisions.record(REVISION_TYPE, saved.id(), saved.version(), saved.revisionFields());
                return copyOf == null ? ImportOutcome.imported(name, saved.id()) : ImportOutcome.nearCopy(name, saved.id(), copyOf);
            });
        } catch (DuplicateKeyException raced) { // the same bytes imported meanwhile
            return reports.findByRawSha256(sha256).map(r -> ImportOutcome.duplicate(name, r.id()))
                    .orElseThrow(() -> raced);
        }
    }

    /** The earliest report the article is a near copy of (same folded body, or resemblance at or above the threshold). */
    private ReportQueries.Fingerprinted original(Fingerprint fingerprint) {
        ReportQueries.Fingerprinted best = null;
        double bestResemblance = 0;
        for (ReportQueries.Fingerprinted candidate : queries.fingerprintsLike(fingerprint)) {
            double resemblance = candidate.fingerprint().resemblance(fingerprint);
            if (resemblance >= Fingerprint.NEAR_DUPLICATE && resemblance > bestResemblance) {
                best = candidate;
                bestResemblance = resemblance;
            }
        }
        return best;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
