package org.mufakat.relations;

import org.mufakat.access.AccessPolicy;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Admission;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Role;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Candidates' roadmaps to membership: criteria, legal instruments to accede to, the meetings that review them, and
 * the admission, which the organisation records so that every rule asking who is a member at a date follows.
 */
@Service
public class MembershipRoadmaps {

    private final Roadmaps roadmaps;
    private final Organisation organisation;
    private final MeetingCalendar calendar;
    private final AccessPolicy access;
    private final Revisions revisions;
    private final ApplicationEventPublisher events;

    MembershipRoadmaps(Roadmaps roadmaps, Organisation organisation, MeetingCalendar calendar, AccessPolicy access, Revisions revisions,
                       ApplicationEventPublisher events) {
        this.roadmaps = roadmaps;
        this.organisation = organisation;
        this.calendar = calendar;
        this.access = access;
        this.revisions = revisions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RoadmapView> all() {
        return roadmaps.all().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public RoadmapView roadmap(RoadmapId id) {
        return roadmaps.find(id).map(this::view).orElseThrow(() -> new NotFound("roadmap", id));
    }

    @Transactional
    public RoadmapView open(RecordRoadmap command) {
        access.require(access.mayRecordRelations(access.actor()), "record a roadmap to membership");
        check(command);
        if (roadmaps.findByCandidate(command.candidate()).isPresent()) {
            throw RuleViolation.of("candidate", "relations.roadmap.candidate.exists", command.candidate() + " already has a roadmap",
                    command.candidate().value());
        }
        Roadmap roadmap = Roadmap.open(new RoadmapId(UUID.randomUUID()), command);
        return saved(roadmap, new RoadmapRecorded(roadmap.id(), roadmap.candidate(), 1));
    }

    @Transactional
    public RoadmapView revise(RoadmapId id, RecordRoadmap command, Long expectedVersion) {
        access.require(access.mayRecordRelations(access.actor()), "revise a roadmap to membership");
        Roadmap roadmap = roadmaps.find(id).orElseThrow(() -> new NotFound("roadmap", id));
        revisions.checkVersion("roadmap", id, expectedVersion, roadmap.version(), roadmap.fields());
        check(command);
        return saved(roadmap, roadmap.revise(command));
    }

    /**
     * Admits the roadmap's candidate on the date: from that day it is a member of the organisation and sits as one at
     * every table that seats members. Recording it again corrects the date. One transaction: a refusal saves nothing.
     */
    @Transactional
    public RoadmapView admit(RoadmapId id, LocalDate on) {
        access.require(access.mayRecordAdmission(access.actor()), "record an admission to membership");
        Roadmap roadmap = roadmaps.find(id).orElseThrow(() -> new NotFound("roadmap", id));
        CandidateAdmitted admitted = roadmap.admit(on);
        organisation.recordAdmission(new Admission(roadmap.candidate(), on), access.actor().name());
        RoadmapView view = saved(roadmap, new RoadmapRecorded(roadmap.id(), roadmap.candidate(), roadmap.version() + 1));
        events.publishEvent(admitted);
        return view;
    }

    private void check(RecordRoadmap command) {
        var problems = new RuleViolation.Collector();
        boolean candidate = organisation.findParty(command.candidate()).isPresent()
                && organisation.roleAt(command.candidate(), command.beganOn()).filter(role -> role != Role.MEMBER).isPresent();
        problems.check(candidate, "candidate", "relations.roadmap.candidate.notCandidate",
                command.candidate() + " is not a candidate (a non-member with a standing in the organisation) when the roadmap begins",
                command.candidate().value());
        for (int i = 0; i < command.reviews().size(); i++) {
            problems.check(calendar.summary(command.reviews().get(i).meeting()).isPresent(), "reviews[" + i + "]",
                    "relations.roadmap.review.unknownMeeting", "No such meeting");
        }
        problems.throwIfAny();
    }

    private RoadmapView saved(Roadmap roadmap, RoadmapRecorded recorded) {
        long version = roadmaps.save(roadmap);
        revisions.record("roadmap", roadmap.id(), version, roadmap.fields());
        events.publishEvent(new RoadmapRecorded(recorded.id(), recorded.candidate(), version));
        return roadmaps.find(roadmap.id()).map(this::view).orElseThrow();
    }

    private RoadmapView view(Roadmap roadmap) {
        RoadmapView view = roadmap.view();
        List<Review> reviews = view.reviews().stream()
                .sorted(Comparator.comparing(r -> calendar.summary(r.meeting()).map(MeetingSummary::dates)
                        .map(d -> d.startDate()).orElse(LocalDate.MAX)))
                .toList();
        return new RoadmapView(view.id(), view.candidate(), view.title(), view.beganOn(), view.admittedOn(), view.criteria(),
                view.instruments(), reviews, view.version());
    }
}
