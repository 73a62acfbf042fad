package org.mufakat.press;

import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An imported report: what arrived (its hash, media type, file name, the address and date the sender gave; the bytes
 * themselves are archived apart, unchanged) and what was derived from it by the reader (cleaned text, fingerprint,
 * proposed facts), with the reviewer's decisions. A fact, once decided, keeps its position and sentence even when
 * the report is read again.
 */
@Table("press_report")
class Report extends AbstractAggregateRoot<Report> {

    @Id
    private final ReportId id;
    private final String rawSha256;
    private final String rawMediaType;
    private final String rawFileName;
    private final String sourceUrl;
    private final LocalDate publishedGiven;
    private String language;
    private String title;
    private LocalDate published;
    private String sourceLine;
    private String cleanedText;
    private String fingerprintDigest;
    private String fingerprintSimhash;
    private String fingerprintMinhash;
    private final UUID copyOf;
    private final Double copyResemblance;
    private final String importedBy;
    private final Instant importedAt;
    private Instant readAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "report_id", keyColumn = "position")
    private Map<Integer, ReportFact> facts;

    @PersistenceCreator
    Report(ReportId id, String rawSha256, String rawMediaType, String rawFileName, String sourceUrl, LocalDate publishedGiven,
           String language, String title, LocalDate published, String sourceLine, String cleanedText, String fingerprintDigest,
           String fingerprintSimhash, String fingerprintMinhash, UUID copyOf, Double copyResemblance, String importedBy,
           Instant importedAt, Instant readAt, Long version, Map<Integer, ReportFact> facts) {
        this.id = id;
        this.rawSha256 = rawSha256;
        this.rawMediaType = rawMediaType;
        this.rawFileName = rawFileName;
        this.sourceUrl = sourceUrl;
        this.publishedGiven = publishedGiven;
        this.language = language;
        this.title = title;
        this.published = published;
        this.sourceLine = sourceLine;
        this.cleanedText = cleanedText;
        this.fingerprintDigest = fingerprintDigest;
        this.fingerprintSimhash = fingerprintSimhash;
        this.fingerprintMinhash = fingerprintMinhash;
        this.copyOf = copyOf;
        this.copyResemblance = copyResemblance;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.readAt = readAt;
        this.version = version;
        this.facts = new TreeMap<>(facts == null ? Map.of() : facts);
    }

    static Report importFrom(IncomingReport incoming, String sha256, Extraction extraction, ReportId copyOf, Double resemblance,
                             String by, Instant now) {
        Report report = new Report(ReportId.random(), sha256, incoming.type().value(), incoming.fileName(), incoming.sourceUrl(),
                incoming.published(), null, null, null, null, null, null, null, null, copyOf == null ? null : copyOf.value(),
                resemblance, by, now, now, null, Map.of());
        report.derive(extraction, now);
        report.registerEvent(new ReportImported(report.id, false));
        return report;
    }

    /** Derives everything again from a new reading (after a change of the rules); decided facts stay as decided. */
    void readAgain(Extraction extraction, Instant now) {
        derive(extraction, now);
        registerEvent(new ReportImported(id, true));
    }

    private void derive(Extraction extraction, Instant now) {
        CleanedReport cleaned = extraction.report();
        language = cleaned.language();
        title = cleaned.title();
        published = cleaned.published();
        sourceLine = cleaned.source();
        cleanedText = cleaned.text();
        fingerprintDigest = cleaned.fingerprint().digest();
        fingerprintSimhash = cleaned.fingerprint().simhashHex();
        fingerprintMinhash = cleaned.fingerprint().minhashHex();
        readAt = now;

        Map<Integer, ReportFact> kept = new TreeMap<>();
        facts.forEach((position, fact) -> {
            if (fact.decided()) {
                kept.put(position, fact);
            }
        });
        int next = kept.isEmpty() ? 0 : ((TreeMap<Integer, ReportFact>) kept).lastKey() + 1;
        List<FactValues.Proposed> proposed = FactValues.of(extraction);
        int[] positions = new int[proposed.size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < proposed.size(); i++) {
            FactValues.Proposed fact = proposed.get(i);
            Integer same = kept.entrySet().stream()
                    .filter(e -> e.getValue().kind() == fact.kind() && FactValues.shown(e.getValue().proposed())
                            .equals(FactValues.shown(withoutMeetings(fact.values()))))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            positions[i] = same != null ? same : next++;
        }
        Map<Integer, ReportFact> derived = new TreeMap<>(kept);
        for (int i = 0; i < proposed.size(); i++) {
            if (!kept.containsKey(positions[i])) {
                FactValues.Proposed fact = proposed.get(i);
                derived.put(positions[i], ReportFact.propose(renumbered(fact, positions), cleanedText));
            }
        }
        facts = derived;
    }

    private static Map<String, String> withoutMeetings(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.remove("meetings");
        return copy;
    }

    /** A head's "meetings" point at the meetings' indices in the reading; stored, they point at positions. */
    private static FactValues.Proposed renumbered(FactValues.Proposed fact, int[] positions) {
        String meetings = fact.values().get("meetings");
        if (meetings == null) {
            return fact;
        }
        Map<String, String> values = new LinkedHashMap<>(fact.values());
        values.put("meetings", Arrays.stream(meetings.split(",")).map(i -> String.valueOf(positions[Integer.parseInt(i)]))
                .collect(Collectors.joining(",")));
        return new FactValues.Proposed(fact.kind(), fact.span(), values);
    }

    ReportFact fact(int position) {
        ReportFact fact = facts.get(position);
        if (fact == null) {
            throw RuleViolation.of("fact", "press.fact.unknown", "This report has no fact " + position, position);
        }
        return fact;
    }

    void accept(int position, Map<String, String> values, List<RecordRef> records, String by, Instant now) {
        ReportFact fact = undecided(position);
        fact.accept(values, by, now);
        registerEvent(new ReportFactAccepted(id, position, fact.kind(), records));
    }

    void reject(int position, String by, Instant now) {
        undecided(position).reject(by, now);
    }

    /** The fact, if nobody decided on it yet. */
    ReportFact undecided(int position) {
        ReportFact fact = fact(position);
        if (fact.decided()) {
            throw RuleViolation.of("fact", "press.fact.decided", "This fact was already " + fact.status().name().toLowerCase()
                    + " by " + fact.decidedBy(), fact.decidedBy());
        }
        return fact;
    }

    ReviewStatus reviewStatus() {
        long decided = facts.values().stream().filter(ReportFact::decided).count();
        if (decided == 0 && !facts.isEmpty()) {
            return ReviewStatus.NEW;
        }
        return decided == facts.size() ? ReviewStatus.REVIEWED : ReviewStatus.PARTLY_REVIEWED;
    }

    /** The fields every saved version records (for the audit log): what it is, and each fact's decision. */
    Map<String, String> revisionFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("sha256", rawSha256);
        fields.put("fileName", rawFileName);
        fields.put("source", sourceUrl);
        fields.put("published", published == null ? null : published.toString());
        fields.put("copyOf", copyOf == null ? null : copyOf.toString());
        facts.forEach((position, fact) -> fields.put("facts[" + position + "]", fact.kind() + " " + fact.status()
                + (fact.decided() ? " by " + fact.decidedBy() + (fact.decidedValues() == null ? "" : " " + FactValues.write(FactValues.shown(fact.decidedValues()))) : "")));
        return fields;
    }

    Fingerprint fingerprint() {
        return Fingerprint.of(fingerprintDigest, fingerprintSimhash, fingerprintMinhash);
    }

    ReportId id() {
        return id;
    }

    String rawSha256() {
        return rawSha256;
    }

    RawReport.MediaType rawMediaType() {
        return RawReport.MediaType.of(rawMediaType);
    }

    String rawFileName() {
        return rawFileName;
    }

    String sourceUrl() {
        return sourceUrl;
    }

    LocalDate publishedGiven() {
        return publishedGiven;
    }

    String language() {
        return language;
    }

    String title() {
        return title;
    }

    LocalDate published() {
        return published;
    }

    String sourceLine() {
        return sourceLine;
    }

    String cleanedText() {
        return cleanedText;
    }

    ReportId copyOf() {
        return copyOf == null ? null : new ReportId(copyOf);
    }

    Double copyResemblance() {
        return copyResemblance;
    }

    String importedBy() {
        return importedBy;
    }

    Instant importedAt() {
        return importedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Map<Integer, ReportFact> facts() {
        return java.util.Collections.unmodifiableMap(facts);
    }

    List<Integer> positions() {
        return new ArrayList<>(facts.keySet());
    }
}
