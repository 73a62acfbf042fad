package org.mufakat.commitments;

import org.mufakat.access.AccessPolicy;
import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Heads of delegation's statements at meetings, point by point, tagged to standing issues, initiatives and plan areas;
 * listed by meeting and by country. Statements reported in the press are public.
 */
@Service
public class InterventionRegister {

    static final String REVISION_TYPE = "intervention";

    private final Interventions interventions;
    private final StandingIssues issues;
    private final Initiatives initiatives;
    private final Plans plans;
    private final MeetingCalendar calendar;
    private final DelegationRegister delegations;
    private final PersonDirectory people;
    private final Organisation organisation;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    InterventionRegister(Interventions interventions, StandingIssues issues, Initiatives initiatives, Plans plans, MeetingCalendar calendar,
                         DelegationRegister delegations, PersonDirectory people, Organisation organisation, Revisions revisions,
                         AccessPolicy access, Clock clock) {
        this.interventions = interventions;
        this.issues = issues;
        this.initiatives = initiatives;
        this.plans = plans;
        this.calendar = calendar;
        this.delegations = delegations;
        this.people = people;
        this.organisation = organisation;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public InterventionView record(RecordIntervention command) {
        access.require(access.mayReportFor(access.actor(), command.party()), "record statements of " + command.party());
        var problems = new RuleViolation.Collector();
        MeetingSummary meeting = calendar.summary(command.meeting()).orElse(null);
        if (meeting == null) {
            problems.add("meeting", "commitments.meeting.unknown", "There is no meeting " + command.meeting(), command.meeting());
            problems.throwIfAny();
        }
        if (organisation.seatAt(meeting.framework(), command.party(), meeting.dates().startDate()).isEmpty()) {
            problems.add("party", "intervention.party.notAtTable", command.party() + " did not sit at the " + meeting.framework()
                    + " table on " + meeting.dates().startDate(), command.party(), meeting.framework(), meeting.dates().startDate());
        }
        PersonId speaker = command.person();
        if (speaker == null && !command.unnamed()) {
            speaker = delegations.at(command.meeting()).stream().filter(d -> d.party().equals(command.party()))
                    .map(DelegationDetails::head).filter(h -> h != null && h.person() != null).map(h -> h.person()).findFirst().orElse(null);
        } else {
            checkSpeaker(speaker, command.party(), problems);
        }
        checkTags(command.points(), problems);
        problems.throwIfAny();
        Intervention saved = interventions.save(Intervention.record(command, speaker, clock.instant()));
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(saved));
        return views(List.of(saved)).getFirst();
    }

    /** Corrects who spoke and the points with their tags, on the version the editor saw. The party's officers and the record keepers. */
    @Transactional
    public InterventionView revise(InterventionId id, ReviseIntervention command, Long expectedVersion) {
        Intervention intervention = load(id);
        access.require(access.mayReportFor(access.actor(), intervention.party()), "revise statements of " + intervention.party());
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the statement you edited");
        }
        revisions.checkVersion(REVISION_TYPE, id, expectedVersion, intervention.version(), fields(intervention));
        var problems = new RuleViolation.Collector();
        checkSpeaker(command.person(), intervention.party(), problems);
        checkTags(command.points(), problems);
        problems.throwIfAny();
        intervention.revise(command, clock.instant());
        Intervention saved;
        try {
            saved = interventions.save(intervention);
        } catch (OptimisticLockingFailureException e) {
            Intervention current = load(id);
            throw new EditConflict(REVISION_TYPE, expectedVersion, current.version(),
                    revisions.changes(REVISION_TYPE, id, expectedVersion, fields(current)));
        }
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(saved));
        return views(List.of(saved)).getFirst();
    }

    /** Whether the actor may revise the statement: the panels link to its form only then. */
    public boolean mayRevise(InterventionView statement) {
        return access.mayReportFor(access.actor(), statement.party());
    }

    /** Refuses (403, audited) who may not revise the statement: for forms that read their input first. */
    @Transactional(readOnly = true)
    public void requireReviser(InterventionId id) {
        Intervention intervention = load(id);
        access.require(access.mayReportFor(access.actor(), intervention.party()), "revise statements of " + intervention.party());
    }

    /**
     * Who of the delegations at the meeting may have made a statement, for the parties the actor may record statements
     * of: by party, each delegation's head first, then its members.
     */
    @Transactional(readOnly = true)
    public List<SpeakerChoice> speakerChoices(MeetingId meeting) {
        return speakersAt(meeting).stream().flatMap(party -> speakerChoices(meeting, party).stream()).toList();
    }

    /** The people of the party's delegation at the meeting, head first: who may have made the party's statement there. */
    @Transactional(readOnly = true)
    public List<SpeakerChoice> speakerChoices(MeetingId meeting, PartyCode party) {
        List<SpeakerChoice> choices = new ArrayList<>();
        for (DelegationDetails delegation : delegations.at(meeting)) {
            if (delegation.party().equals(party)) {
                PersonId head = delegation.head() == null ? null : delegation.head().person();
                if (head != null) {
                    choices.add(new SpeakerChoice(party, head, delegation.headName(), true));
                }
                delegation.members().stream().filter(m -> m.person() != null && !m.person().equals(head))
                        .forEach(m -> choices.add(new SpeakerChoice(party, m.person(), m.name(), false)));
            }
        }
        return choices;
    }

    private void checkSpeaker(PersonId speaker, PartyCode party, RuleViolation.Collector problems) {
        if (speaker == null) {
            return;
        }
        Optional<PersonDetails> person = people.find(speaker);
        if (person.isEmpty()) {
            problems.add("person", "intervention.person.unknown", "There is no person " + speaker, speaker);
        } else if (person.get().party() != null && !person.get().party().equals(party)) {
            problems.add("person", "intervention.person.otherParty", person.get().name() + " speaks for " + person.get().party()
                    + ", not " + party, person.get().name(), person.get().party(), party);
        }
    }

    private void checkTags(List<RecordIntervention.Point> points, RuleViolation.Collector problems) {
        for (RecordIntervention.Point point : points) {
            point.issues().stream().filter(id -> !issues.existsById(id)).forEach(id ->
                    problems.add("points", "intervention.tag.issueUnknown", "There is no standing issue " + id, id));
            point.initiatives().stream().filter(id -> !initiatives.existsById(id)).forEach(id ->
                    problems.add("points", "intervention.tag.initiativeUnknown", "There is no initiative " + id, id));
            for (RecordIntervention.AreaRef area : point.areas()) {
                if (plans.findById(area.plan()).flatMap(p -> p.area(area.area())).isEmpty()) {
                    problems.add("points", "intervention.tag.areaUnknown", "The plan has no area " + area.area(), area.area());
                }
            }
        }
    }

    private Intervention load(InterventionId id) {
        return interventions.findById(id).orElseThrow(() -> new NotFound("intervention", id));
    }

    private Map<String, String> fields(Intervention intervention) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("meeting", calendar.summary(intervention.meeting()).map(m -> m.title().en()).orElse(intervention.meeting().toString()));
        fields.put("party", intervention.party().value());
        fields.put("speaker", intervention.person() == null ? "" : people.find(intervention.person()).map(PersonDetails::name)
                .orElse(intervention.person().toString()));
        List<InterventionPoint> points = intervention.points();
        fields.put("points", points.stream().map(p -> p.text().en()).collect(Collectors.joining(" | ")));
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int number = i + 1;
            intervention.tagsOf(i).stream().map(t -> number + ": " + (t.standingIssueId() != null ? "issue " + t.standingIssueId()
                    : t.initiativeId() != null ? "initiative " + t.initiativeId() : "area " + t.planId() + ":" + t.areaNumber()))
                    .sorted().forEach(tags::add);
        }
        fields.put("tags", String.join("; ", tags));
        return fields;
    }

    @Transactional(readOnly = true)
    public Optional<InterventionView> find(InterventionId id) {
        return interventions.findById(id).map(i -> views(List.of(i)).getFirst());
    }

    @Transactional(readOnly = true)
    public List<InterventionView> atMeeting(MeetingId meeting) {
        return views(interventions.findByMeetingId(meeting));
    }

    /** What a party's heads said over time, latest first. */
    @Transactional(readOnly = true)
    public List<InterventionView> ofParty(PartyCode party) {
        return views(interventions.findByPartyCode(party)).reversed();
    }

    /** The parties at the meeting's table whose statements the actor may record (the statement form's choices). */
    @Transactional(readOnly = true)
    public List<PartyCode> speakersAt(MeetingId id) {
        MeetingSummary meeting = calendar.summary(id).orElseThrow(() -> new NotFound("meeting", id));
        return organisation.participantsAt(meeting.framework(), meeting.dates().startDate()).keySet().stream()
                .filter(party -> access.mayReportFor(access.actor(), party))
                .sorted(Comparator.comparing(PartyCode::value)).toList();
    }

    /** Refuses (403, audited) who may record no statement at the meeting: for forms that read their input first. */
    @Transactional(readOnly = true)
    public void requireSpeakerAt(MeetingId id) {
        access.require(!speakersAt(id).isEmpty(), "record statements at meetings");
    }

    /** What a point may be tagged to: every standing issue, initiative and plan area. */
    @Transactional(readOnly = true)
    public TagChoices tagChoices() {
        List<InterventionView.IssueLabel> issueChoices = new ArrayList<>();
        issues.findAll().forEach(i -> issueChoices.add(new InterventionView.IssueLabel(i.id(), i.code(), i.title())));
        issueChoices.sort(Comparator.comparing(InterventionView.IssueLabel::code));
        List<InterventionView.InitiativeLabel> initiativeChoices = new ArrayList<>();
        initiatives.findAll().forEach(i -> initiativeChoices.add(new InterventionView.InitiativeLabel(i.id(), i.title())));
        initiativeChoices.sort(Comparator.comparing(i -> i.title().en()));
        List<InterventionView.AreaLabel> areaChoices = new ArrayList<>();
        plans.findAll().forEach(p -> p.areas().forEach(a -> areaChoices.add(new InterventionView.AreaLabel(p.id(), p.title(), a.number(), a.title()))));
        areaChoices.sort(Comparator.comparing((InterventionView.AreaLabel a) -> a.planTitle().en()).thenComparingInt(InterventionView.AreaLabel::number));
        return new TagChoices(issueChoices, initiativeChoices, areaChoices);
    }

    /** Oldest meeting first. */
    List<InterventionView> views(Collection<Intervention> found) {
        Map<MeetingId, MeetingSummary> meetings = new HashMap<>();
        for (Intervention i : found) {
            meetings.computeIfAbsent(i.meeting(), id -> calendar.summary(id).orElseThrow());
        }
        Map<PersonId, PersonDetails> speakers = people.findAll(found.stream().map(Intervention::person).filter(p -> p != null).toList());
        Map<IssueId, StandingIssue> issueLabels = new HashMap<>();
        Map<InitiativeId, Initiative> initiativeLabels = new HashMap<>();
        Map<PlanId, Plan> planLabels = new HashMap<>();
        List<InterventionView> views = new ArrayList<>();
        for (Intervention intervention : found) {
            List<InterventionView.Point> points = new ArrayList<>();
            List<InterventionPoint> texts = intervention.points();
            for (int i = 0; i < texts.size(); i++) {
                List<InterventionView.IssueLabel> issueTags = new ArrayList<>();
                List<InterventionView.InitiativeLabel> initiativeTags = new ArrayList<>();
                List<InterventionView.AreaLabel> areaTags = new ArrayList<>();
                for (PointTag tag : intervention.tagsOf(i)) {
                    if (tag.standingIssueId() != null) {
                        StandingIssue issue = issueLabels.computeIfAbsent(tag.standingIssueId(), id -> issues.findById(id).orElseThrow());
                        issueTags.add(new InterventionView.IssueLabel(issue.id(), issue.code(), issue.title()));
                    } else if (tag.initiativeId() != null) {
                        Initiative initiative = initiativeLabels.computeIfAbsent(tag.initiativeId(), id -> initiatives.findById(id).orElseThrow());
                        initiativeTags.add(new InterventionView.InitiativeLabel(initiative.id(), initiative.title()));
                    } else {
                        Plan plan = planLabels.computeIfAbsent(tag.planId(), id -> plans.findById(id).orElseThrow());
                        plan.area(tag.areaNumber()).ifPresent(area ->
                                areaTags.add(new InterventionView.AreaLabel(plan.id(), plan.title(), area.number(), area.title())));
                    }
                }
                issueTags.sort(Comparator.comparing(InterventionView.IssueLabel::code));
                points.add(new InterventionView.Point(i + 1, texts.get(i).text(), issueTags, initiativeTags, areaTags));
            }
            PersonDetails speaker = intervention.person() == null ? null : speakers.get(intervention.person());
            views.add(new InterventionView(intervention.id(), meetings.get(intervention.meeting()), intervention.party(), intervention.person(),
                    speaker == null ? null : speaker.name(), points, intervention.version()));
        }
        views.sort(Comparator.comparing((InterventionView v) -> v.meeting().dates().startDate()).thenComparing(v -> v.party().value()));
        return views;
    }
}
