package org.mufakat.meetings;

import org.mufakat.meetings.MeetingEvents.MeetingRescheduled;
import org.mufakat.meetings.MeetingEvents.MeetingRevised;
import org.mufakat.meetings.MeetingEvents.MeetingScheduled;
import org.mufakat.meetings.MeetingEvents.MeetingStatusChanged;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

@Table("meeting")
class Meeting extends AbstractAggregateRoot<Meeting> {

    @Id
    private final MeetingId id;
    private SeriesCode seriesCode;
    private FrameworkCode frameworkCode;
    @Embedded.Nullable(prefix = "ordinal_")
    private Ordinals ordinals;
    @Embedded.Nullable(prefix = "title_")
    private LocalizedText titleOverride;
    @Embedded.Empty
    private MeetingDates dates;
    private String timeZone;
    private MeetingFormat format;
    @Embedded.Nullable(prefix = "city_")
    private LocalizedText city;
    private String countryIso;
    private String venue;
    private PartyCode chairCode;
    private boolean chairFromChairYear;
    private MeetingStatus status;
    private BundleId bundleId;
    @MappedCollection(idColumn = "meeting_id")
    private Set<Preparation> prepares;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Meeting(MeetingId id, SeriesCode seriesCode, FrameworkCode frameworkCode, Ordinals ordinals, LocalizedText titleOverride,
            MeetingDates dates, String timeZone, MeetingFormat format, LocalizedText city, String countryIso, String venue,
            PartyCode chairCode, boolean chairFromChairYear, MeetingStatus status, BundleId bundleId, Set<Preparation> prepares,
            Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.seriesCode = seriesCode;
        this.frameworkCode = frameworkCode;
        this.ordinals = ordinals;
        this.titleOverride = titleOverride;
        this.dates = dates;
        this.timeZone = timeZone;
        this.format = format;
        this.city = city;
        this.countryIso = countryIso;
        this.venue = venue;
        this.chairCode = chairCode;
        this.chairFromChairYear = chairFromChairYear;
        this.status = status;
        this.bundleId = bundleId;
        this.prepares = new HashSet<>(prepares);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * @param plan      a plan whose framework, chair and time zone the calendar has already resolved
     * @param defaulted whether the chair was taken from the chair year (and should follow it if it changes)
     */
    static Meeting schedule(MeetingPlan plan, boolean defaulted, LocalDate today, Instant now) {
        var meeting = new Meeting(MeetingId.random(), plan.series(), plan.framework(), null, null, plan.dates(), null,
                plan.format(), null, null, null, null, defaulted, MeetingStatus.PLANNED, null, Set.of(), null, now, now);
        meeting.apply(plan, defaulted, now);
        meeting.moveTo(plan.status(), today);
        meeting.registerEvent(new MeetingScheduled(meeting.id, plan.series(), plan.framework(), plan.dates()));
        return meeting;
    }

    void revise(MeetingPlan plan, boolean defaulted, LocalDate today, Instant now) {
        MeetingDates before = dates;
        apply(plan, defaulted, now);
        moveTo(plan.status(), today);
        if (!before.equals(plan.dates())) {
            registerEvent(new MeetingRescheduled(id, before, plan.dates()));
        }
        registerEvent(new MeetingRevised(id));
    }

    /** The chair year's chair changed: a chair taken from it follows; one chosen by hand stays. */
    boolean followChairYear(PartyCode newChair, Instant now) {
        if (!chairFromChairYear || newChair.equals(chairCode)) {
            return false;
        }
        chairCode = newChair;
        updatedAt = now;
        registerEvent(new MeetingRevised(id));
        return true;
    }

    private void apply(MeetingPlan plan, boolean defaulted, Instant now) {
        this.seriesCode = plan.series();
        this.frameworkCode = plan.framework();
        this.ordinals = plan.ordinals();
        this.titleOverride = plan.titleOverride();
        this.dates = plan.dates();
        this.timeZone = plan.timeZone();
        this.format = plan.format();
        this.city = plan.city();
        this.countryIso = plan.countryIso();
        this.venue = plan.venue();
        this.chairCode = plan.chair();
        this.chairFromChairYear = defaulted;
        this.bundleId = plan.bundle();
        this.prepares = plan.prepares().stream().map(Preparation::new).collect(Collectors.toCollection(HashSet::new));
        this.updatedAt = now;
    }

    private void moveTo(MeetingStatus target, LocalDate today) {
        if (target == status) {
            return;
        }
        if (!status.canBecome(target)) {
            throw RuleViolation.of("status", "meeting.status.transition",
                    "A " + status + " meeting cannot become " + target, status, target);
        }
        if (target == MeetingStatus.HELD && dates.startDate().isAfter(today)) {
            throw RuleViolation.of("status", "meeting.status.heldInFuture",
                    "A meeting that starts on " + dates.startDate() + " cannot have been held yet", dates.startDate());
        }
        MeetingStatus from = status;
        status = target;
        registerEvent(new MeetingStatusChanged(id, from, target));
    }

    MeetingId id() {
        return id;
    }

    SeriesCode series() {
        return seriesCode;
    }

    FrameworkCode framework() {
        return frameworkCode;
    }

    Ordinals ordinals() {
        return ordinals;
    }

    LocalizedText titleOverride() {
        return titleOverride;
    }

    MeetingDates dates() {
        return dates;
    }

    ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    MeetingFormat format() {
        return format;
    }

    LocalizedText city() {
        return city;
    }

    String countryIso() {
        return countryIso;
    }

    String venue() {
        return venue;
    }

    PartyCode chair() {
        return chairCode;
    }

    boolean chairFromChairYear() {
        return chairFromChairYear;
    }

    MeetingStatus status() {
        return status;
    }

    BundleId bundle() {
        return bundleId;
    }

    Set<MeetingId> prepares() {
        return prepares.stream().map(Preparation::preparesId).collect(Collectors.toUnmodifiableSet());
    }

    long version() {
        return version == null ? 0 : version;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
