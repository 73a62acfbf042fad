package org.mufakat.meetings;

import org.mufakat.access.AccessPolicy;
import org.mufakat.chair.Chairmanship;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Schedules and revises meetings, and answers what is on the calendar. */
@Service
public class MeetingCalendar {

    static final String REVISION_TYPE = "meeting";
    static final String BUNDLE_REVISION_TYPE = "bundle";

    private final Meetings meetings;
    private final MeetingBundles bundles;
    private final MeetingQueries queries;
    private final SeriesCatalog seriesCatalog;
    private final Organisation organisation;
    private final Chairmanship chairmanship;
    private final DelegationRegister delegations;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    MeetingCalendar(Meetings meetings, MeetingBundles bundles, MeetingQueries queries, SeriesCatalog seriesCatalog,
                    Organisation organisation, Chairmanship chairmanship, DelegationRegister delegations, Revisions revisions,
                    AccessPolicy access, Clock clock) {
        this.meetings = meetings;
        this.bundles = bundles;
        this.queries = queries;
        this.seriesCatalog = seriesCatalog;
        this.organisation = organisation;
        this.chairmanship = chairmanship;
        this.delegations = delegations;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    public List<MeetingSeries> series() {
        return seriesCatalog.all();
    }

    public Optional<MeetingSeries> series(SeriesCode code) {
        return seriesCatalog.find(code);
    }

    @Transactional(readOnly = true)
    public MeetingPage meetings(MeetingFilter filter) {
        return queries.find(filter);
    }

    @Transactional(readOnly = true)
    public Optional<MeetingSummary> summary(MeetingId id) {
        return queries.byIds(List.of(id)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<MeetingDetails> meeting(MeetingId id) {
        return meetings.findById(id).map(meeting -> {
            MeetingSummary summary = queries.byIds(List.of(id)).getFirst();
            BundleSummary bundle = meeting.bundle() == null ? null : bundles.findById(meeting.bundle())
                    .map(b -> new BundleSummary(b.id(), b.title(), queries.inBundle(b.id()))).orElse(null);
            return new MeetingDetails(summary, meeting.titleOverride(), meeting.chairFromChairYear(), queries.byIds(meeting.prepares()),
                    queries.preparing(id), bundle, delegations.at(id), delegations.bilateralsAt(id));
        });
    }

    public MeetingDetails get(MeetingId id) {
        return meeting(id).orElseThrow(() -> new NotFound("meeting", id));
    }

    /** Meetings of the series at the framework holding any of the ordinals (cancelled ones aside): what "the 57th AMM" refers to. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> holdingOrdinals(SeriesCode series, FrameworkCode framework, Ordinals ordinals) {
        return queries.holdingOrdinals(series, framework, ordinals, null);
    }

    /** The ordinals to suggest for a new meeting of the series in the year: the yearly rule's free ones, else the next. */
    @Transactional(readOnly = true)
    public List<Integer> suggestOrdinals(SeriesCode seriesCode, FrameworkCode framework, int year) {
        MeetingSeries series = seriesCatalog.find(seriesCode).orElseThrow(() -> new NotFound("series", seriesCode));
        if (framework != null) {
            Framework named = organisation.findFramework(framework).orElseThrow(() -> RuleViolation.of("framework",
                    "meeting.framework.unknown", "There is no framework " + framework, framework));
            if (!series.admits(named)) {
                throw RuleViolation.of("framework", "meeting.framework.notOfSeries",
                        series.code() + " meetings sit in " + series.framework() + ", not " + framework, series.code(), series.framework(), framework);
            }
        }
        if (!series.numbered()) {
            return List.of();
        }
        FrameworkCode resolved = framework != null ? framework : defaultFramework(series).orElse(null);
        if (resolved == null) {
            return List.of();
        }
        List<Integer> byRule = series.ordinalsByRule(year);
        if (!byRule.isEmpty()) {
            List<Integer> used = queries.ordinalsUsed(seriesCode, resolved, byRule.getFirst(), byRule.getLast());
            List<Integer> free = byRule.stream().filter(n -> !used.contains(n)).toList();
            if (!free.isEmpty()) {
                return free;
            }
        }
        Integer highest = queries.highestOrdinal(seriesCode, resolved);
        return List.of(highest == null ? 1 : highest + 1);
    }

    @Transactional
    public MeetingSummary schedule(MeetingPlan plan) {
        access.require(access.mayPlanMeetings(access.actor(), plan.dates().year()), "schedule meetings of " + plan.dates().year());
        Resolved resolved = resolve(plan, null);
        Meeting meeting = Meeting.schedule(resolved.plan(), resolved.chairDefaulted(), LocalDate.now(clock), clock.instant());
        return save(meeting, null);
    }

    @Transactional
    public MeetingSummary revise(MeetingId id, MeetingPlan plan, Long expectedVersion) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFound("meeting", id));
        access.require(access.mayPlanMeetings(access.actor(), meeting.dates().year())
                && access.mayPlanMeetings(access.actor(), plan.dates().year()), "revise meetings of " + meeting.dates().year());
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the meeting you edited");
        }
        revisions.checkVersion(REVISION_TYPE, id, expectedVersion, meeting.version(), fields(queries.byIds(List.of(id)).getFirst(), meeting));
        Resolved resolved = resolve(plan, id);
        meeting.revise(resolved.plan(), resolved.chairDefaulted(), LocalDate.now(clock), clock.instant());
        return save(meeting, expectedVersion);
    }

    @Transactional
    public BundleSummary nameBundle(LocalizedText title) {
        access.require(access.mayNameBundles(access.actor()), "name bundles of meetings");
        if (title == null) {
            throw RuleViolation.of("title", "bundle.title.required", "A bundle needs a title");
        }
        MeetingBundle bundle = bundles.save(MeetingBundle.name(title, clock.instant()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", bundle.title().en() + (bundle.title().vi() == null ? "" : " / " + bundle.title().vi()));
        revisions.record(BUNDLE_REVISION_TYPE, bundle.id(), bundle.version(), fields);
        return new BundleSummary(bundle.id(), bundle.title(), List.of());
    }

    @Transactional(readOnly = true)
    public List<BundleSummary> bundles() {
        return bundles.findAll().stream().map(b -> new BundleSummary(b.id(), b.title(), queries.inBundle(b.id()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<BundleSummary> bundle(BundleId id) {
        return bundles.findById(id).map(b -> new BundleSummary(b.id(), b.title(), queries.inBundle(b.id())));
    }

    /** Meetings whose chair was taken from the chair year follow a change of the year's chair. */
    @Transactional
    public int followChairYear(int year, PartyCode chair) {
        access.require(access.mayPlanMeetings(access.actor(), year), "change the chair of meetings of " + year);
        int changed = 0;
        for (MeetingId id : queries.withChairFromChairYear(year)) {
            Meeting meeting = meetings.findById(id).orElseThrow();
            if (meeting.followChairYear(chair, clock.instant())) {
                save(meeting, meeting.version());
                changed++;
            }
        }
        return changed;
    }

    private MeetingSummary save(Meeting meeting, Long expectedVersion) {
        Meeting saved;
        try {
            saved = meetings.save(meeting);
        } catch (OptimisticLockingFailureException e) {
            Meeting current = meetings.findById(meeting.id()).orElseThrow();
            throw new EditConflict(REVISION_TYPE, expectedVersion == null ? -1 : expectedVersion, current.version(),
                    revisions.changes(REVISION_TYPE, meeting.id(), expectedVersion == null ? -1 : expectedVersion,
                            fields(queries.byIds(List.of(meeting.id())).getFirst(), current)));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("meeting_ordinal_once")) {
                throw RuleViolation.of("ordinals", "meeting.ordinals.takenMeanwhile", "Another meeting of the series took that ordinal meanwhile");
            }
            throw e;
        }
        MeetingSummary summary = queries.byIds(List.of(saved.id())).getFirst();
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(summary, saved));
        return summary;
    }

    private record Resolved(MeetingPlan plan, boolean chairDefaulted) {
    }

    private Resolved resolve(MeetingPlan plan, MeetingId editing) {
        var problems = new RuleViolation.Collector();
        MeetingSeries series = seriesCatalog.find(plan.series()).orElse(null);
        if (series == null) {
            problems.add("series", "meeting.series.unknown", "There is no series " + plan.series(), plan.series());
            problems.throwIfAny();
        }
        LocalDate start = plan.dates().startDate();

        FrameworkCode frameworkCode = plan.framework() != null ? plan.framework() : defaultFramework(series).orElse(null);
        Framework framework = frameworkCode == null ? null : organisation.findFramework(frameworkCode).orElse(null);
        if (frameworkCode == null) {
            problems.add("framework", "meeting.framework.required", "Choose the framework (for " + series.framework() + ", the partner)", series.framework());
        } else if (framework == null) {
            problems.add("framework", "meeting.framework.unknown", "There is no framework " + frameworkCode, frameworkCode);
        } else if (!series.admits(framework)) {
            problems.add("framework", "meeting.framework.notOfSeries",
                    series.code() + " meetings sit in " + series.framework() + ", not " + frameworkCode, series.code(), series.framework(), frameworkCode);
        }

        if (plan.ordinals() != null) {
            if (!series.numbered()) {
                problems.add("ordinals", "meeting.ordinals.notNumbered", series.code() + " meetings carry no ordinal", series.code());
            } else if (framework != null) {
                for (MeetingSummary holder : queries.holdingOrdinals(series.code(), frameworkCode, plan.ordinals(), editing)) {
                    problems.add("ordinals", "meeting.ordinals.taken",
                            "The ordinal " + plan.ordinals() + " is already used by " + holder.title().en() + " (" + holder.dates().startDate() + ")",
                            holder.title().en(), plan.ordinals(), holder.dates().startDate());
                }
            }
        }

        if (editing != null && framework != null) {
            for (DelegationDetails delegation : delegations.at(editing)) {
                if (organisation.seatAt(frameworkCode, delegation.party(), start).isEmpty()) {
                    problems.add("framework", "meeting.delegations.offTable",
                            delegation.party() + " has a delegation here but would not sit at the " + frameworkCode + " table on " + start,
                            delegation.party(), frameworkCode, start);
                }
            }
        }

        PartyCode chair = plan.chair();
        boolean defaulted = false;
        if (chair == null) {
            // Left to the chair year, even one not recorded yet: the meeting takes its chair when it is.
            chair = chairmanship.chairOf(start.getYear()).orElse(null);
            defaulted = true;
        } else if (organisation.findParty(chair).isEmpty()) {
            problems.add("chair", "meeting.chair.unknown", "There is no party " + chair, chair);
        } else if (!organisation.isMemberAt(chair, start)) {
            problems.add("chair", "meeting.chair.notMember", chair + " is not a member on " + start, chair, start);
        }

        if (plan.bundle() != null && !bundles.existsById(plan.bundle())) {
            problems.add("bundle", "meeting.bundle.unknown", "There is no such bundle");
        }
        if (!plan.prepares().isEmpty()) {
            if (editing != null && plan.prepares().contains(editing)) {
                problems.add("prepares", "meeting.prepares.self", "A meeting cannot prepare itself");
            }
            List<MeetingSummary> prepared = queries.byIds(plan.prepares());
            if (prepared.size() < plan.prepares().size()) {
                problems.add("prepares", "meeting.prepares.unknown", "A meeting it prepares does not exist");
            }
            for (MeetingSummary later : prepared) {
                if (later.dates().startDate().isBefore(start)) {
                    problems.add("prepares", "meeting.prepares.before",
                            "It cannot prepare " + later.title().en() + ", which starts earlier (" + later.dates().startDate() + ")",
                            later.title().en(), later.dates().startDate());
                }
            }
        }
        if (editing != null) {
            for (MeetingSummary preparing : queries.preparing(editing)) {
                if (preparing.dates().startDate().isAfter(start)) {
                    problems.add("startDate", "meeting.preparedBy.later",
                            preparing.title().en() + ", which prepares it, starts later (" + preparing.dates().startDate() + ")",
                            preparing.title().en(), preparing.dates().startDate());
                }
            }
        }
        problems.throwIfAny();

        String timeZone = plan.timeZone() != null ? plan.timeZone() : defaultTimeZone(plan.countryIso(), chair);
        MeetingPlan resolved = new MeetingPlan(series.code(), frameworkCode, plan.ordinals(), plan.titleOverride(), plan.dates(),
                timeZone, plan.format(), plan.city(), plan.countryIso(), plan.venue(), chair, plan.status(), plan.bundle(), plan.prepares());
        return new Resolved(resolved, defaulted);
    }

    private Optional<FrameworkCode> defaultFramework(MeetingSeries series) {
        return FrameworkCode.isValid(series.framework())
                ? organisation.findFramework(FrameworkCode.of(series.framework())).map(Framework::code)
                : Optional.empty();
    }

    private String defaultTimeZone(String countryIso, PartyCode chair) {
        if (countryIso != null) {
            Optional<Party> host = organisation.parties().stream().filter(p -> countryIso.equals(p.countryIso())).findFirst();
            if (host.isPresent()) {
                return host.get().timeZone().getId();
            }
        }
        if (chair != null) {
            return organisation.findParty(chair).map(p -> p.timeZone().getId()).orElse(organisation.info().timeZone().getId());
        }
        return organisation.info().timeZone().getId();
    }

    static Map<String, String> fields(MeetingSummary summary, Meeting meeting) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", summary.title().en() + " / " + summary.title().vi());
        fields.put("series", summary.series().value());
        fields.put("framework", summary.framework().value());
        fields.put("ordinals", summary.ordinals() == null ? null : summary.ordinals().toString());
        fields.put("startDate", summary.dates().startDate().toString());
        fields.put("endDate", summary.dates().endDate().toString());
        fields.put("timeZone", summary.timeZone().getId());
        fields.put("format", summary.format().name());
        fields.put("city", summary.city() == null ? null : summary.city().en());
        fields.put("country", summary.countryIso());
        fields.put("venue", summary.venue());
        fields.put("chair", summary.chair() == null ? null : summary.chair().value());
        fields.put("status", summary.status().name());
        fields.put("bundle", summary.bundle() == null ? null : summary.bundle().toString());
        fields.put("prepares", meeting.prepares().isEmpty() ? null
                : meeting.prepares().stream().map(MeetingId::toString).collect(Collectors.toCollection(TreeSet::new)).toString());
        return fields;
    }
}
