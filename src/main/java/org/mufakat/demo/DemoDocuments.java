package org.mufakat.demo;

import org.mufakat.documents.AmendmentOperation;
import org.mufakat.documents.AmendmentStatus;
import org.mufakat.documents.AmendmentView;
import org.mufakat.documents.Classification;
import org.mufakat.documents.Decision;
import org.mufakat.documents.DocumentDecisions;
import org.mufakat.documents.DocumentDrafting;
import org.mufakat.documents.DocumentKind;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.Position;
import org.mufakat.documents.ProposeAmendment;
import org.mufakat.documents.RecordDecision;
import org.mufakat.documents.RecordPosition;
import org.mufakat.documents.RegisterDocument;
import org.mufakat.documents.SaveText;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads a few outcome documents of 2024 at different stages ({@code demo/documents-demo.yaml}) through the documents
 * module's API, once per database, after the meetings they travel through ({@link DemoData}).
 */
@Component
@Order(110)
class DemoDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    /** The shape of the file. A meeting is named "SERIES yyyy-mm-dd"; positions map a state (or "*": all) to "POSITION [details]". */
    record File(int version, List<Entry> documents) {
    }

    record Entry(DocumentKind kind, String framework, Classification classification, LocalizedText title, String lead,
                 List<String> path, List<Text> versions, List<Amend> amendments, List<StageEntry> stages) {
    }

    record Text(String note, String text) {
    }

    record Amend(String party, String paragraph, AmendmentOperation operation, String text, String reason, AmendmentStatus outcome) {
    }

    record StageEntry(String meeting, Map<String, String> positions, Decision decision, Boolean adReferendum) {
    }

    private final Resource file;
    private final DocumentDrafting drafting;
    private final DocumentDecisions decisions;
    private final DocumentRecords records;
    private final MeetingCalendar calendar;
    private final Organisation organisation;
    private final DemoParts parts;

    DemoDocuments(@Value("${mufakat.demo-data.documents:classpath:demo/documents-demo.yaml}") Resource file,
                  DocumentDrafting drafting,
                  DocumentDecisions decisions, DocumentRecords records, MeetingCalendar calendar, Organisation organisation,
                  DemoParts parts) {
        this.file = file;
        this.drafting = drafting;
        this.decisions = decisions;
        this.records = records;
        this.calendar = calendar;
        this.organisation = organisation;
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (parts.wanted()) {
            File data = read();
            parts.loadOnce("documents", data.version(), () -> {
                data.documents().forEach(this::load);
                log.info("Loaded {} demo documents", data.documents().size());
            });
        }
    }

    private void load(Entry entry) {
        List<MeetingId> path = entry.path().stream().map(this::meeting).map(MeetingSummary::id).toList();
        DocumentView document = drafting.register(new RegisterDocument(entry.kind(), FrameworkCode.of(entry.framework()), entry.title(),
                entry.lead() == null ? null : PartyCode.of(entry.lead()), entry.classification(), false, path,
                entry.versions().getFirst().text(), entry.versions().getFirst().note()));
        for (int i = 1; i < entry.versions().size(); i++) {
            drafting.save(new SaveText(document.id(), i, entry.versions().get(i).text(), entry.versions().get(i).note()));
        }
        for (Amend amend : entry.amendments() == null ? List.<Amend>of() : entry.amendments()) {
            int current = records.get(document.id()).currentVersion();
            AmendmentView proposed = drafting.propose(new ProposeAmendment(document.id(), PartyCode.of(amend.party()), current, amend.paragraph(),
                    amend.operation(), amend.text(), amend.reason()));
            if (amend.outcome() != null) {
                drafting.settle(proposed.id(), amend.outcome(), null);
            }
        }
        for (StageEntry stage : entry.stages() == null ? List.<StageEntry>of() : entry.stages()) {
            MeetingSummary meeting = meeting(stage.meeting());
            int version = records.get(document.id()).currentVersion();
            for (PartyCode party : counted(entry.framework(), meeting.dates().startDate())) {
                String said = stage.positions() == null ? null : stage.positions().getOrDefault(party.value(), stage.positions().get("*"));
                if (said != null) {
                    decisions.recordPosition(position(document, meeting.id(), party, said));
                }
            }
            if (stage.decision() != null) {
                decisions.decide(new RecordDecision(document.id(), meeting.id(), stage.decision(), version,
                        Boolean.TRUE.equals(stage.adReferendum()), null));
            }
        }
    }

    private static RecordPosition position(DocumentView document, MeetingId meeting, PartyCode party, String said) {
        String[] words = said.strip().split("\\s+", 2);
        Position position = Position.valueOf(words[0]);
        String detail = words.length > 1 ? words[1] : null;
        return switch (position) {
            case RESERVATION -> new RecordPosition(document.id(), meeting, party, position, List.of(detail.split(",")), null, null, null);
            case CONCURS_AD_REFERENDUM -> new RecordPosition(document.id(), meeting, party, position, List.of(), LocalDate.parse(detail), null,
                    "Subject to confirmation by the capital");
            default -> new RecordPosition(document.id(), meeting, party, position, List.of(), null, null, detail);
        };
    }

    private List<PartyCode> counted(String framework, LocalDate date) {
        return organisation.participantsAt(FrameworkCode.of(framework), date).entrySet().stream()
                .filter(seat -> seat.getValue().isFullParticipant()).map(Map.Entry::getKey).toList();
    }

    /** "SOM 2024-08-21": the meeting of the series starting that day, from the calendar. */
    private MeetingSummary meeting(String name) {
        int space = name.lastIndexOf(' ');
        String series = name.substring(0, space);
        LocalDate start = LocalDate.parse(name.substring(space + 1));
        List<MeetingSummary> found = new ArrayList<>(calendar.meetings(MeetingFilter.year(start.getYear())).meetings().stream()
                .filter(m -> m.series().value().equals(series) && m.dates().startDate().equals(start)).toList());
        if (found.isEmpty()) {
            throw new IllegalStateException("The demo documents name an unknown meeting '" + name + "'");
        }
        return found.getFirst();
    }

    private File read() {
        try (var in = file.getInputStream()) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo documents " + file, e);
        }
    }
}
