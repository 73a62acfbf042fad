package org.mufakat.commitments;

import org.mufakat.access.AccessPolicy;
import org.mufakat.chair.Chairmanship;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Members' and Chairs' initiatives, where they were raised, welcomed and held, and who supports them. Public. */
@Service
public class InitiativeRegister {

    static final String REVISION_TYPE = "initiative";

    private final Initiatives initiatives;
    private final MeetingCalendar calendar;
    private final Chairmanship chairmanship;
    private final Organisation organisation;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    InitiativeRegister(Initiatives initiatives, MeetingCalendar calendar, Chairmanship chairmanship, Organisation organisation,
                       Revisions revisions, AccessPolicy access, Clock clock) {
        this.initiatives = initiatives;
        this.calendar = calendar;
        this.chairmanship = chairmanship;
        this.organisation = organisation;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InitiativeView> initiatives() {
        return initiatives.findAll().stream().map(this::view)
                .sorted(Comparator.comparingInt(InitiativeView::year).reversed().thenComparing(i -> i.title().en())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<InitiativeView> initiative(InitiativeId id) {
        return initiatives.findById(id).map(this::view);
    }

    public InitiativeView get(InitiativeId id) {
        return initiative(id).orElseThrow(() -> new NotFound("initiative", id));
    }

    @Transactional
    public InitiativeView propose(ProposeInitiative command) {
        access.require(access.mayRecordInitiative(access.actor(), command.year(), command.proposer()),
                "record initiatives of " + (command.proposer() == null ? "the Chair of " + command.year() : command.proposer()));
        var problems = new RuleViolation.Collector();
        checkProposer(command.proposer(), command.byChair(), command.year(), problems);
        checkOccasion(command.raised(), problems);
        problems.throwIfAny();
        return save(Initiative.propose(command, clock.instant()), null);
    }

    /** Records where the initiative was raised again, welcomed, endorsed or held: its status follows. */
    @Transactional
    public InitiativeView record(InitiativeId id, InitiativeOccasion occasion, Long expectedVersion) {
        Initiative initiative = load(id);
        access.require(access.mayRecordInitiative(access.actor(), initiative.year(), initiative.proposer()), "record what became of initiatives");
        checkVersion(initiative, expectedVersion);
        var problems = new RuleViolation.Collector();
        checkOccasion(occasion, problems);
        problems.throwIfAny();
        initiative.record(occasion, clock.instant());
        return save(initiative, expectedVersion);
    }

    /**
     * Corrects the initiative's title, description, proposer and year. Who revises must be allowed to record the
     * initiative both as it was and as it becomes, so that nobody moves an initiative out of or into another's keeping.
     */
    @Transactional
    public InitiativeView revise(InitiativeId id, ReviseInitiative command, Long expectedVersion) {
        Initiative initiative = load(id);
        access.require(access.mayRecordInitiative(access.actor(), initiative.year(), initiative.proposer()), "revise initiatives");
        access.require(access.mayRecordInitiative(access.actor(), command.year(), command.proposer()),
                "record initiatives of " + (command.proposer() == null ? "the Chair of " + command.year() : command.proposer()));
        checkVersion(initiative, expectedVersion);
        var problems = new RuleViolation.Collector();
        checkProposer(command.proposer(), command.byChair(), command.year(), problems);
        problems.throwIfAny();
        initiative.revise(command, clock.instant());
        return save(initiative, expectedVersion);
    }

    @Transactional
    public InitiativeView support(InitiativeId id, PartyCode party, MeetingId meeting) {
        Initiative initiative = load(id);
        access.require(access.mayRecordInitiative(access.actor(), initiative.year(), initiative.proposer()) || access.mayReportFor(access.actor(), party),
                "record support of " + party);
        LocalDate on = LocalDate.of(initiative.year(), 12, 31);
        if (meeting != null) {
            on = calendar.summary(meeting).orElseThrow(() -> RuleViolation.of("meeting", "commitments.meeting.unknown",
                    "There is no meeting " + meeting, meeting)).dates().startDate();
        }
        if (!organisation.isMemberAt(party, on)) {
            throw RuleViolation.of("party", "initiative.supporter.notMember", party + " was no member on " + on, party, on);
        }
        initiative.support(new InitiativeSupport(party, meeting), clock.instant());
        return save(initiative, initiative.version());
    }

    /** Whether the actor may record what became of the initiative: its page offers the forms only then. */
    @Transactional(readOnly = true)
    public boolean mayRecord(InitiativeId id) {
        Initiative initiative = load(id);
        return access.mayRecordInitiative(access.actor(), initiative.year(), initiative.proposer());
    }

    /** Refuses (403, audited) who may propose no initiative: for forms that read their input before the register decides. */
    public void requireProposer() {
        access.require(mayPropose(), "record initiatives");
    }

    /** Refuses who may not record what became of the initiative. */
    @Transactional(readOnly = true)
    public void requireRecorder(InitiativeId id) {
        access.require(mayRecord(id), "record what became of initiatives");
    }

    /** Refuses who may record no member's support of the initiative. */
    @Transactional(readOnly = true)
    public void requireSupportRecorder(InitiativeId id) {
        access.require(!supporters(id).isEmpty(), "record support of initiatives");
    }

    /** Whether the actor may propose some initiative: the list offers the form only then. */
    public boolean mayPropose() {
        return access.mayRecordSomeInitiative(access.actor());
    }

    /** Today's members the actor may propose initiatives for (the proposal form's choices). */
    public List<PartyCode> proposers() {
        return organisation.membersAt(LocalDate.now(clock)).stream().map(org.mufakat.organisation.Party::code)
                .filter(party -> access.mayReportFor(access.actor(), party) || access.actor().has(org.mufakat.access.Role.CHAIR_SECRETARIAT))
                .sorted(Comparator.comparing(PartyCode::value)).toList();
    }

    /** Whether the actor may record the Chair's own initiatives (of its year, which saving checks). */
    public boolean mayProposeForChair() {
        return access.mayRecordCommitments(access.actor()) || access.actor().has(org.mufakat.access.Role.CHAIR_SECRETARIAT);
    }

    /** The members of the initiative's year whose support the actor may record (the support form's choices). */
    @Transactional(readOnly = true)
    public List<PartyCode> supporters(InitiativeId id) {
        Initiative initiative = load(id);
        boolean recorder = access.mayRecordInitiative(access.actor(), initiative.year(), initiative.proposer());
        return organisation.membersAt(LocalDate.of(initiative.year(), 12, 31)).stream().map(org.mufakat.organisation.Party::code)
                .filter(party -> recorder || access.mayReportFor(access.actor(), party))
                .sorted(Comparator.comparing(PartyCode::value)).toList();
    }

    /** Meetings from the initiative's year to a year from now, latest first: where it may have been raised, welcomed or held. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetingsSince(int year) {
        LocalDate to = LocalDate.now(clock).plusYears(1);
        LocalDate from = LocalDate.of(Math.min(year, to.getYear()), 1, 1);
        return calendar.meetings(new org.mufakat.meetings.MeetingFilter(from, to, null, null, null, null, 0, 2000)).meetings()
                .reversed();
    }

    boolean exists(InitiativeId id) {
        return initiatives.existsById(id);
    }

    private void checkProposer(PartyCode proposer, boolean byChair, int year, RuleViolation.Collector problems) {
        if (proposer != null && !organisation.isMemberAt(proposer, LocalDate.of(year, 12, 31))
                && !organisation.isMemberAt(proposer, LocalDate.of(year, 1, 1))) {
            problems.add("proposer", "initiative.proposer.notMember", proposer + " was no member in " + year, proposer, year);
        }
        if (byChair && chairmanship.chairYear(year).isEmpty()) {
            problems.add("proposer", "initiative.chair.unknown", "No chair is recorded for " + year, year);
        }
    }

    private void checkOccasion(InitiativeOccasion occasion, RuleViolation.Collector problems) {
        if (occasion.meetingId() != null) {
            Optional<MeetingSummary> meeting = calendar.summary(occasion.meetingId());
            if (meeting.isEmpty()) {
                problems.add("meeting", "commitments.meeting.unknown", "There is no meeting " + occasion.meetingId(), occasion.meetingId());
            } else if (!meeting.get().dates().contains(occasion.on())) {
                problems.add("on", "initiative.occasion.notDuringMeeting", "The meeting ran " + meeting.get().dates().startDate()
                        + " to " + meeting.get().dates().endDate() + ", not on " + occasion.on(), meeting.get().dates().startDate(), occasion.on());
            }
        }
    }

    private void checkVersion(Initiative initiative, Long expectedVersion) {
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the initiative you edited");
        }
        revisions.checkVersion(REVISION_TYPE, initiative.id(), expectedVersion, initiative.version(), fields(initiative));
    }

    private Initiative load(InitiativeId id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFound("initiative", id));
    }

    private InitiativeView save(Initiative initiative, Long expectedVersion) {
        Initiative saved;
        try {
            saved = initiatives.save(initiative);
        } catch (OptimisticLockingFailureException e) {
            Initiative current = load(initiative.id());
            long expected = expectedVersion == null ? -1 : expectedVersion;
            throw new EditConflict(REVISION_TYPE, expected, current.version(), revisions.changes(REVISION_TYPE, initiative.id(), expected, fields(current)));
        }
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(saved));
        return view(saved);
    }

    private InitiativeView view(Initiative initiative) {
        PartyCode proposer = initiative.byChair()
                ? chairmanship.chairYear(initiative.year()).map(y -> y.chair()).orElse(null) : initiative.proposer();
        List<InitiativeView.Occasion> occasions = initiative.occasions().stream().map(o -> new InitiativeView.Occasion(o.on(), o.status(),
                o.meetingId() == null ? null : calendar.summary(o.meetingId()).orElse(null), o.event())).toList();
        List<InitiativeView.Supporter> supporters = initiative.supporters().stream().map(s -> new InitiativeView.Supporter(s.partyCode(),
                s.meetingId() == null ? null : calendar.summary(s.meetingId()).orElse(null))).toList();
        return new InitiativeView(initiative.id(), initiative.title(), initiative.description(), proposer, initiative.byChair(),
                initiative.year(), initiative.status(), occasions, supporters, initiative.version());
    }

    private static Map<String, String> fields(Initiative initiative) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", initiative.title().en());
        fields.put("titleVi", initiative.title().vi() == null ? "" : initiative.title().vi());
        fields.put("description", initiative.description() == null ? "" : initiative.description().en());
        fields.put("proposer", initiative.byChair() ? "Chair" : initiative.proposer().value());
        fields.put("year", String.valueOf(initiative.year()));
        fields.put("status", initiative.status().name());
        fields.put("occasions", initiative.occasions().stream().map(o -> o.on() + " " + o.status()).collect(Collectors.joining("; ")));
        fields.put("supporters", initiative.supporters().stream().map(s -> s.partyCode().value()).collect(Collectors.joining(", ")));
        return fields;
    }
}
