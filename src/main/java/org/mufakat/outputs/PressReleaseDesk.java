package org.mufakat.outputs;

import org.mufakat.access.AccessPolicy;
import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.outputs.OutcomeList.Outcome;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Chair's press release of a meeting: assembled from the meeting's record (place, dates, chair, delegations and
 * their heads, outcome list) in English and Vietnamese, kept as a draft that the year's Chair secretariat and the
 * record keepers revise, then issued, after which it never changes. Until it is issued, nobody else learns it exists.
 */
@Service
public class PressReleaseDesk {

    static final String REVISION_TYPE = "press-release";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PressReleases releases;
    private final MeetingCalendar calendar;
    private final MeetingOutcomes outcomes;
    private final Organisation organisation;
    private final Revisions revisions;
    private final MessageSource messages;
    private final AccessPolicy access;
    private final Clock clock;

    PressReleaseDesk(PressReleases releases, MeetingCalendar calendar, MeetingOutcomes outcomes, Organisation organisation,
                     Revisions revisions, MessageSource messages, AccessPolicy access, Clock clock) {
        this.releases = releases;
        this.calendar = calendar;
        this.outcomes = outcomes;
        this.organisation = organisation;
        this.revisions = revisions;
        this.messages = messages;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the current actor may draft (and read the draft of) the meeting's press release. */
    @Transactional(readOnly = true)
    public boolean mayDraft(MeetingId meeting) {
        MeetingSummary summary = calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        return access.mayDraftPressRelease(access.actor(), summary.dates().year());
    }

    /** The meeting's press release as the current actor may see it: an issued one for everybody, a draft for its drafters. */
    @Transactional(readOnly = true)
    public Optional<PressReleaseView> find(MeetingId meeting) {
        return releases.findByMeetingId(meeting)
                .filter(release -> release.view().issued() || mayDraft(meeting))
                .map(PressRelease::view);
    }

    /** A fresh draft from the meeting's record, in both languages; nothing is stored. */
    @Transactional(readOnly = true)
    public PressReleaseText assemble(MeetingId meeting) {
        MeetingDetails details = calendar.get(meeting);
        requireDrafter(details.meeting());
        OutcomeList list = outcomes.of(meeting);
        PrintLabels en = new PrintLabels(messages, Locale.ENGLISH);
        PrintLabels vi = new PrintLabels(messages, VIETNAMESE);
        return new PressReleaseText(
                en.text("outputs.pressRelease.assembled.title", details.meeting().title().en()),
                vi.text("outputs.pressRelease.assembled.title", details.meeting().title().in(VIETNAMESE)),
                body(details, list, en), body(details, list, vi));
    }

    /**
     * Stores the text: as the first draft when {@code expectedVersion} is null, else over the version the editor
     * loaded. A stale version, or a first draft when someone else drafted meanwhile, is an {@link EditConflict}.
     */
    @Transactional
    public PressReleaseView save(MeetingId meeting, PressReleaseText text, Long expectedVersion) {
        MeetingSummary summary = calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        requireDrafter(summary);
        Optional<PressRelease> existing = releases.findByMeetingId(meeting);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new NotFound("press release of meeting", meeting);
            }
            try {
                return saved(releases.save(PressRelease.draft(meeting, text, access.actor().name(), clock.instant())));
            } catch (DuplicateKeyException e) {
                // Drafted by someone else at the same moment; the failed insert leaves nothing here to read it by.
                throw new EditConflict(REVISION_TYPE, -1, 0, List.of());
            }
        }
        PressRelease release = existing.get();
        if (expectedVersion == null) {
            throw conflict(release, -1);
        }
        revisions.checkVersion(REVISION_TYPE, release.id(), expectedVersion, release.version(), fields(release.view()));
        release.revise(text, access.actor().name(), clock.instant());
        return save(release, expectedVersion);
    }

    /** Issues the version the editor read; from then on the press release is public and never changes. */
    @Transactional
    public PressReleaseView issue(MeetingId meeting, Long expectedVersion) {
        MeetingSummary summary = calendar.summary(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        requireDrafter(summary);
        PressRelease release = releases.findByMeetingId(meeting).orElseThrow(() -> new NotFound("press release of meeting", meeting));
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the press release you issue");
        }
        revisions.checkVersion(REVISION_TYPE, release.id(), expectedVersion, release.version(), fields(release.view()));
        release.issue(access.actor().name(), clock.instant());
        return save(release, expectedVersion);
    }

    private void requireDrafter(MeetingSummary meeting) {
        access.require(access.mayDraftPressRelease(access.actor(), meeting.dates().year()),
                "draft or issue the press release of " + meeting.title().en());
    }

    private PressReleaseView save(PressRelease release, long expectedVersion) {
        try {
            return saved(releases.save(release));
        } catch (OptimisticLockingFailureException e) {
            throw conflict(releases.findById(release.id()).orElseThrow(), expectedVersion);
        }
    }

    private PressReleaseView saved(PressRelease release) {
        PressReleaseView view = release.view();
        revisions.record(REVISION_TYPE, release.id(), release.version(), fields(view));
        return view;
    }

    private EditConflict conflict(PressRelease current, long expectedVersion) {
        PressReleaseView now = current.view();
        return new EditConflict(REVISION_TYPE, expectedVersion, now.version(),
                revisions.changes(REVISION_TYPE, now.id(), expectedVersion, fields(now)));
    }

    static Map<String, String> fields(PressReleaseView view) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("titleEn", view.text().titleEn());
        fields.put("titleVi", view.text().titleVi());
        fields.put("bodyEn", view.text().bodyEn());
        fields.put("bodyVi", view.text().bodyVi());
        fields.put("status", view.status().name());
        return fields;
    }

    private String body(MeetingDetails details, OutcomeList list, PrintLabels labels) {
        MeetingSummary meeting = details.meeting();
        List<String> paragraphs = new ArrayList<>();
        String when = meeting.dates().startDate().equals(meeting.dates().endDate())
                ? labels.text("outputs.pressRelease.assembled.onDay", labels.day(meeting.dates().startDate()))
                : labels.text("outputs.pressRelease.assembled.fromTo", labels.day(meeting.dates().startDate()), labels.day(meeting.dates().endDate()));
        LocalizedText place = MeetingOutcomes.place(meeting);
        String where = meeting.format() == MeetingFormat.ONLINE || place == null
                ? labels.text("outputs.pressRelease.assembled.online") : labels.text("outputs.pressRelease.assembled.in", labels.in(place));
        paragraphs.add(labels.text("outputs.pressRelease.assembled.held", labels.in(meeting.title()), when, where, chairing(details, labels)));

        if (!details.delegations().isEmpty()) {
            StringBuilder attended = new StringBuilder(labels.text("outputs.pressRelease.assembled.attendedBy"));
            for (DelegationDetails delegation : details.delegations()) {
                attended.append('\n').append("- ").append(partyName(delegation.party(), labels));
                String head = head(delegation, labels);
                if (!head.isEmpty()) {
                    attended.append(": ").append(head);
                }
            }
            paragraphs.add(attended.toString());
        }
        if (!list.outcomes().isEmpty()) {
            StringBuilder documents = new StringBuilder(labels.text("outputs.pressRelease.assembled.outcomes"));
            for (Outcome outcome : list.outcomes()) {
                documents.append('\n').append("- ").append(labels.in(outcome.title())).append(" (").append(outcome.symbol()).append("): ")
                        .append(labels.decision(outcome.decision()));
            }
            paragraphs.add(documents.toString());
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            body.append(i == 0 ? "" : "\n\n").append(i + 1).append(". ").append(paragraphs.get(i));
        }
        return body.toString();
    }

    /** ", chaired by Saleumxay Kommasith, Minister of Foreign Affairs" where the chair's head is on record, else the chair. */
    private String chairing(MeetingDetails details, PrintLabels labels) {
        PartyCode chair = details.meeting().chair();
        if (chair == null) {
            return "";
        }
        Optional<DelegationDetails> chairs = details.delegations().stream().filter(d -> d.party().equals(chair)).findFirst();
        if (chairs.isPresent() && chairs.get().headName() != null) {
            return labels.text("outputs.pressRelease.assembled.chairedBy", head(chairs.get(), labels), partyName(chair, labels));
        }
        return labels.text("outputs.pressRelease.assembled.chairedByParty", partyName(chair, labels));
    }

    private static String head(DelegationDetails delegation, PrintLabels labels) {
        HeadOfDelegation head = delegation.head();
        if (head == null) {
            return "";
        }
        String text = PrintLabels.joinedBy(", ", delegation.headName(), head.title() == null ? null : labels.in(head.title()));
        if (head.capacity() == LeadCapacity.ACTING) {
            text += " " + labels.text("outputs.pressRelease.assembled.acting");
        } else if (head.capacity() == LeadCapacity.ON_AUTHORITY && delegation.authorisedByName() != null) {
            text += labels.text("outputs.pressRelease.assembled.onBehalfOf", delegation.authorisedByName());
        }
        return text;
    }

    private String partyName(PartyCode code, PrintLabels labels) {
        return organisation.findParty(code).map(Party::name).map(labels::in).orElse(code.value());
    }
}
