package org.mufakat.commitments;

import org.mufakat.commitments.CommitmentEvents.InterventionRecorded;
import org.mufakat.commitments.CommitmentEvents.InterventionRevised;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a head of delegation said at a meeting, point by point, each point tagged to what it addresses. */
@Table("intervention")
class Intervention extends AbstractAggregateRoot<Intervention> {

    @Id
    private final InterventionId id;
    private final MeetingId meetingId;
    private final PartyCode partyCode;
    private PersonId personId;
    @MappedCollection(idColumn = "intervention_id", keyColumn = "position")
    private List<InterventionPoint> points;
    @MappedCollection(idColumn = "intervention_id")
    private Set<PointTag> tags;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Intervention(InterventionId id, MeetingId meetingId, PartyCode partyCode, PersonId personId, List<InterventionPoint> points,
                 Set<PointTag> tags, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.partyCode = partyCode;
        this.personId = personId;
        this.points = new ArrayList<>(points);
        this.tags = new HashSet<>(tags);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The caller has checked that the meeting, the speaker and every tag's target exist. */
    static Intervention record(RecordIntervention command, PersonId speaker, Instant now) {
        var intervention = new Intervention(InterventionId.random(), command.meeting(), command.party(), speaker, List.of(), Set.of(),
                null, now, now);
        intervention.setPoints(command.points());
        intervention.registerEvent(new InterventionRecorded(intervention.id, command.meeting(), command.party()));
        return intervention;
    }

    /** Corrects the speaker (null: not named) and the points with their tags; the caller has checked they exist. */
    void revise(ReviseIntervention command, Instant now) {
        personId = command.person();
        setPoints(command.points());
        updatedAt = now;
        registerEvent(new InterventionRevised(id, meetingId, partyCode));
    }

    private void setPoints(List<RecordIntervention.Point> given) {
        points = new ArrayList<>();
        tags = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            RecordIntervention.Point point = given.get(i);
            points.add(new InterventionPoint(point.text()));
            for (IssueId issue : point.issues()) {
                tags.add(new PointTag(i, issue, null, null, null));
            }
            for (InitiativeId initiative : point.initiatives()) {
                tags.add(new PointTag(i, null, initiative, null, null));
            }
            for (RecordIntervention.AreaRef area : point.areas()) {
                tags.add(new PointTag(i, null, null, area.plan(), area.area()));
            }
        }
    }

    InterventionId id() {
        return id;
    }

    MeetingId meeting() {
        return meetingId;
    }

    PartyCode party() {
        return partyCode;
    }

    PersonId person() {
        return personId;
    }

    List<InterventionPoint> points() {
        return List.copyOf(points);
    }

    List<PointTag> tagsOf(int point) {
        return tags.stream().filter(t -> t.point() == point).toList();
    }

    long version() {
        return version == null ? 0 : version;
    }
}
