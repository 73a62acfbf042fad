package org.mufakat.documents;

import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Documents for tests, made as the system through the modules' APIs: meetings of unnumbered series (so that they
 * never collide with other tests' ordinals) and documents travelling through them. Tests use their own years.
 */
public final class DocumentFixtures {

    public static final String TEXT = """
            Recalling the ASEAN Charter;
            
            ---
            
            Agree to enhance connectivity.
            
            Task the Ministers to report.
            
            Welcome the Chair's initiatives.""";

    private final MeetingCalendar calendar;
    private final DocumentDrafting drafting;
    private final DocumentDecisions decisions;
    private final Organisation organisation;
    private final CurrentActor actor;

    public DocumentFixtures(MeetingCalendar calendar, DocumentDrafting drafting, DocumentDecisions decisions, Organisation organisation,
                            CurrentActor actor) {
        this.calendar = calendar;
        this.drafting = drafting;
        this.decisions = decisions;
        this.organisation = organisation;
        this.actor = actor;
    }

    /** A meeting of an unnumbered series ("SOM", "AMM Retreat", "APT SOM", "EAS SOM") on the day. */
    public MeetingId meeting(String series, LocalDate day) {
        return actor.asSystem("test", () -> calendar.schedule(new MeetingPlan(new SeriesCode(series), null, null, null,
                new MeetingDates(day, null), null, MeetingFormat.ONLINE, null, null, null, null, null, null, Set.of())).id());
    }

    /** A document of the framework with the text as its first version, travelling through the meetings. */
    public DocumentView document(String framework, Classification classification, List<MeetingId> path) {
        return document(framework, classification, false, path);
    }

    public DocumentView document(String framework, Classification classification, boolean flexible, List<MeetingId> path) {
        return actor.asSystem("test", () -> drafting.register(new RegisterDocument(DocumentKind.DECLARATION, FrameworkCode.of(framework),
                LocalizedText.of("Test declaration " + UUID.randomUUID(), "Tuyên bố thử"), null, classification, flexible, path, TEXT, null)));
    }

    /** Every state that counts at the meeting concurs with the current version. */
    public void everyoneConcurs(DocumentView document, MeetingId meeting, LocalDate date) {
        actor.asSystem("test", () -> {
            for (PartyCode party : counted(document.framework().value(), date)) {
                decisions.recordPosition(new RecordPosition(document.id(), meeting, party, Position.CONCURS, List.of(), null, null, null));
            }
        });
    }

    public List<PartyCode> counted(String framework, LocalDate date) {
        return organisation.participantsAt(FrameworkCode.of(framework), date).entrySet().stream()
                .filter(e -> e.getValue().isFullParticipant()).map(java.util.Map.Entry::getKey).toList();
    }

    /** A published (adopted) public document of the framework. */
    public DocumentView adopted(String framework, Classification classification, MeetingId meeting, LocalDate date) {
        DocumentView document = document(framework, classification, List.of(meeting));
        everyoneConcurs(document, meeting, date);
        actor.asSystem("test", () -> decisions.decide(new RecordDecision(document.id(), meeting, Decision.ADOPTED, 1, false, null)));
        return document;
    }
}
