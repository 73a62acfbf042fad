package org.mufakat.demo;

import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.AdoptingDocument;
import org.mufakat.commitments.IssueTerms;
import org.mufakat.commitments.InitiativeId;
import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.InitiativeRegister;
import org.mufakat.commitments.InitiativeStatus;
import org.mufakat.commitments.InterventionRegister;
import org.mufakat.commitments.IssueId;
import org.mufakat.commitments.IssueRegister;
import org.mufakat.commitments.OpenStandingIssue;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanId;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.ProposeInitiative;
import org.mufakat.commitments.RecordIntervention;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the commitments of the seed reports (plans, initiatives, standing issues, Viet Nam's statements) once per
 * database, after {@link DemoData} has recorded the meetings and people they refer to; the same mode decides.
 */
@Component
@Order(160)
class DemoCommitments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCommitments.class);
    private static final String PART = "commitments";

    private final Resource file;
    private final PlanRegister plans;
    private final InitiativeRegister initiatives;
    private final IssueRegister issues;
    private final InterventionRegister interventions;
    private final MeetingCalendar calendar;
    private final PersonDirectory people;
    private final DemoParts parts;

    DemoCommitments(@Value("${mufakat.demo-data.commitments:classpath:demo/commitments-demo.yaml}") Resource file,
                    PlanRegister plans,
                    InitiativeRegister initiatives, IssueRegister issues, InterventionRegister interventions, MeetingCalendar calendar,
                    PersonDirectory people, DemoParts parts) {
        this.file = file;
        this.plans = plans;
        this.initiatives = initiatives;
        this.issues = issues;
        this.interventions = interventions;
        this.calendar = calendar;
        this.people = people;
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (parts.wanted()) {
            Data data = read();
            parts.loadOnce(PART, data.version(), () -> {
                load(data);
                log.info("Loaded demo commitments version {}: {} plans, {} initiatives, {} standing issues, {} statements",
                        data.version(), data.plans().size(), data.initiatives().size(), data.issues().size(), data.interventions().size());
            });
        }
    }

    private void load(Data data) {
        Map<String, PlanId> planKeys = new HashMap<>();
        for (PlanEntry entry : data.plans()) {
            List<PlanArea> areas = new ArrayList<>(entry.areas());
            for (int n = areas.size() + 1; entry.unnamedAreasUpTo() != null && n <= entry.unnamedAreasUpTo(); n++) {
                areas.add(new PlanArea(n, LocalizedText.of("Area " + n + " (not named in the seed reports)",
                        "Lĩnh vực " + n + " (chưa được nêu trong các bản tin nguồn)")));
            }
            List<ActionLine> lines = entry.actionLines().stream().map(l -> ActionLine.of(l.code(), l.text())).toList();
            PlanId id = plans.record(new RecordPlan(entry.title(), FrameworkCode.of(entry.framework()), entry.from(), entry.to(), AdoptingDocument.optional(entry.adoptedBy(), null),
                    areas, lines)).id();
            planKeys.put(entry.key(), id);
            for (ReviewEntry review : entry.reviews()) {
                plans.review(id, meeting(review.meeting()), review.note());
            }
        }
        Map<String, InitiativeId> initiativeKeys = new HashMap<>();
        for (InitiativeEntry entry : data.initiatives()) {
            List<InitiativeOccasion> occasions = entry.occasions().stream().map(o -> new InitiativeOccasion(o.on(), o.status(),
                    o.meeting() == null ? null : meeting(o.meeting()), o.event())).toList();
            var recorded = initiatives.propose(new ProposeInitiative(entry.title(), entry.description(),
                    entry.proposer() == null ? null : PartyCode.of(entry.proposer()), Boolean.TRUE.equals(entry.byChair()), entry.year(), occasions.getFirst()));
            for (InitiativeOccasion occasion : occasions.subList(1, occasions.size())) {
                recorded = initiatives.record(recorded.id(), occasion, recorded.version());
            }
            initiativeKeys.put(entry.key(), recorded.id());
        }
        Map<String, IssueId> issueKeys = new HashMap<>();
        for (IssueEntry entry : data.issues()) {
            issueKeys.put(entry.code(), issues.open(new OpenStandingIssue(entry.code(), entry.title(), entry.description(), new IssueTerms(entry.terms()))).id());
        }
        for (InterventionEntry entry : data.interventions()) {
            List<RecordIntervention.Point> points = entry.points().stream().map(p -> new RecordIntervention.Point(p.text(),
                    p.issues().stream().map(key -> require(issueKeys, key, "issue")).toList(),
                    p.initiatives().stream().map(key -> require(initiativeKeys, key, "initiative")).toList(),
                    p.areas().stream().map(a -> new RecordIntervention.AreaRef(require(planKeys, a.plan(), "plan"), a.area())).toList())).toList();
            interventions.record(new RecordIntervention(meeting(entry.meeting()), PartyCode.of(entry.party()), person(entry.speaker()), points));
        }
    }

    private MeetingId meeting(MeetingRef ref) {
        return calendar.meetings(new MeetingFilter(ref.start(), ref.start(), null, null, null, null, 0, 500)).meetings().stream()
                .filter(m -> m.series().value().equals(ref.series()) && m.dates().startDate().equals(ref.start()))
                .findFirst().orElseThrow(() -> new IllegalStateException("The demo commitments name a meeting not on the calendar: " + ref))
                .id();
    }

    private PersonId person(String name) {
        if (name == null) {
            return null;
        }
        return people.findByName(name).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo commitments name an unknown person: " + name)).id();
    }

    private static <T> T require(Map<String, T> keys, String key, String what) {
        T value = keys.get(key);
        if (value == null) {
            throw new IllegalStateException("The demo commitments name an unknown " + what + " '" + key + "'");
        }
        return value;
    }

    private Data read() {
        try (var in = file.getInputStream()) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo commitments " + file, e);
        }
    }

    /** The shape of {@code demo/commitments-demo.yaml}. */
    record Data(int version, List<PlanEntry> plans, List<InitiativeEntry> initiatives, List<IssueEntry> issues,
                List<InterventionEntry> interventions) {

        Data {
            plans = plans == null ? List.of() : plans;
            initiatives = initiatives == null ? List.of() : initiatives;
            issues = issues == null ? List.of() : issues;
            interventions = interventions == null ? List.of() : interventions;
        }
    }

    record MeetingRef(String series, LocalDate start) {
    }

    record PlanEntry(String key, LocalizedText title, String framework, int from, int to, String adoptedBy, Integer unnamedAreasUpTo,
                     List<PlanArea> areas, List<LineEntry> actionLines, List<ReviewEntry> reviews) {

        PlanEntry {
            areas = areas == null ? List.of() : areas;
            actionLines = actionLines == null ? List.of() : actionLines;
            reviews = reviews == null ? List.of() : reviews;
        }
    }

    record LineEntry(String code, LocalizedText text) {
    }

    record ReviewEntry(MeetingRef meeting, LocalizedText note) {
    }

    record InitiativeEntry(String key, LocalizedText title, LocalizedText description, String proposer, Boolean byChair, int year,
                           List<OccasionEntry> occasions) {
    }

    record OccasionEntry(LocalDate on, InitiativeStatus status, MeetingRef meeting, LocalizedText event) {
    }

    record IssueEntry(String code, LocalizedText title, LocalizedText description, List<String> terms) {
    }

    record InterventionEntry(MeetingRef meeting, String party, String speaker, List<PointEntry> points) {
    }

    record PointEntry(LocalizedText text, List<String> issues, List<String> initiatives, List<AreaEntry> areas) {

        PointEntry {
            issues = issues == null ? List.of() : issues;
            initiatives = initiatives == null ? List.of() : initiatives;
            areas = areas == null ? List.of() : areas;
        }
    }

    record AreaEntry(String plan, int area) {
    }
}
