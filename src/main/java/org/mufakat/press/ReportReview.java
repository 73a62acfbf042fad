package org.mufakat.press;

import org.mufakat.chair.Chairmanship;
import org.mufakat.chair.RecordChairYear;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.Ordinals;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews a report's proposed facts: accept (as read, or corrected), reject, or read the report again. Accepting
 * changes the record only through the modules that own it ({@link MeetingCalendar}, {@link DelegationRegister},
 * {@link PersonDirectory}, which check access themselves) and records which records the fact created, updated or
 * confirmed, with the report and sentence as their source. An accepted meeting fact fills in what the record lacks and
 * changes what the reviewer corrected; it never overwrites the record with values the reviewer did not touch. Values
 * the report does not state stay unknown: what the record requires and the report does not say (a new meeting's
 * format, say) the reviewer supplies by correcting.
 */
@Service
public class ReportReview {

    private final ImportedReports reports;
    private final ReportQueries queries;
    private final ReportReader reader;
    private final MeetingMatcher matcher;
    private final Places places;
    private final MeetingCalendar calendar;
    private final DelegationRegister delegations;
    private final Chairmanship chairmanship;
    private final PersonDirectory people;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    ReportReview(ImportedReports reports, ReportQueries queries, ReportReader reader, MeetingMatcher matcher, Places places,
                 MeetingCalendar calendar, DelegationRegister delegations, Chairmanship chairmanship, PersonDirectory people,
                 Revisions revisions, AccessPolicy access, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.reader = reader;
        this.matcher = matcher;
        this.places = places;
        this.calendar = calendar;
        this.delegations = delegations;
        this.chairmanship = chairmanship;
        this.people = people;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    /** Accepts the fact as read. */
    @Transactional
    public List<RecordRef> accept(ReportId id, int position, Long expectedVersion) {
        Report report = load(id, expectedVersion);
        return accept(report, position, report.fact(position).proposed());
    }

    /** Accepts the fact with the reviewer's values (those of the correction form; blank means unknown). */
    @Transactional
    public List<RecordRef> correct(ReportId id, int position, Map<String, String> values, Long expectedVersion) {
        Report report = load(id, expectedVersion);
        Map<String, String> corrected = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k != null && !k.startsWith("_") && v != null && !v.isBlank()) {
                corrected.put(k, v.strip());
            }
        });
        return accept(report, position, corrected);
    }

    @Transactional
    public void reject(ReportId id, int position, Long expectedVersion) {
        Report report = load(id, expectedVersion);
        report.reject(position, access.actor().name(), clock.instant());
        save(report);
    }

    /** Reads the stored raw report again with the current rules; decided facts stay as they were. */
    @Transactional
    public void readAgain(ReportId id, Long expectedVersion) {
        Report report = load(id, expectedVersion);
        byte[] raw = queries.raw(id).orElseThrow(() -> new NotFound("report", id));
        report.readAgain(reader.read(new RawReport(raw, report.rawMediaType(), report.sourceUrl(), report.publishedGiven())), clock.instant());
        save(report);
    }

    private void save(Report report) {
        Report saved = reports.save(report);
        revisions.record(PressIntake.REVISION_TYPE, saved.id(), saved.version(), saved.revisionFields());
    }

    private Report load(ReportId id, Long expectedVersion) {
        Actor actor = access.actor();
        access.require(access.mayReviewReports(actor), "review reports");
        Report report = reports.findById(id).orElseThrow(() -> new NotFound("report", id));
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the report you reviewed");
        }
        revisions.checkVersion(PressIntake.REVISION_TYPE, id, expectedVersion, report.version(), report.revisionFields());
        return report;
    }

    private List<RecordRef> accept(Report report, int position, Map<String, String> values) {
        ReportFact fact = report.fact(position);
        report.undecided(position);
        List<RecordRef> records = switch (fact.kind()) {
            case MEETING -> List.of(acceptMeeting(report, fact, values));
            case HEAD_OF_DELEGATION -> acceptHead(report, values);
            case CHAIR_COUNTRY -> List.of(acceptChair(report, values));
            case DOCUMENT_COUNT -> noted(values); // no record keeps a count of documents yet
        };
        String by = access.actor().name();
        for (RecordRef record : records) {
            queries.recordProvenance(report.id(), position, fact.span(), record, by, clock.instant());
        }
        report.accept(position, values, records, by, clock.instant());
        save(report);
        return records;
    }

    /** A count of documents is only noted, once it is well formed. */
    private List<RecordRef> noted(Map<String, String> values) {
        if (values.get("count") == null || !values.get("count").matches("\\d{1,6}")) {
            throw RuleViolation.of("count", "press.count.number", "Write the number of documents as a whole number");
        }
        return List.of();
    }

    /**
     * The chair of the report's year (or the year the reviewer gives): confirms the chair year on record, or opens it
     * when none is; a different chair on record is refused, to be corrected on the chair year itself if the report is right.
     */
    private RecordRef acceptChair(Report report, Map<String, String> values) {
        var problems = new RuleViolation.Collector();
        Optional<PartyCode> chair = values.get("country") == null ? Optional.empty() : places.party(values.get("country"));
        problems.check(chair.isPresent(), "country", "press.chair.country", "Name the chair country");
        Integer year = values.get("year") != null && values.get("year").strip().matches("\\d{4}")
                ? Integer.valueOf(values.get("year").strip()) : reportYear(report);
        problems.check(year != null, "year", "press.chair.year", "Say which year's chair the report names");
        problems.throwIfAny();
        Optional<PartyCode> onRecord = chairmanship.chairOf(year);
        if (onRecord.isPresent()) {
            if (!onRecord.get().equals(chair.get())) {
                throw RuleViolation.of("country", "press.chair.differs", "The record has " + onRecord.get() + " as the chair of " + year
                        + "; if the report is right, correct the chair year first", onRecord.get(), year);
            }
            return RecordRef.chairYear(year, RecordRef.Action.CONFIRMED);
        }
        chairmanship.record(new RecordChairYear(year, chair.get(), null, List.of(), List.of(), null));
        return RecordRef.chairYear(year, RecordRef.Action.CREATED);
    }

    // --- meetings ---

    private RecordRef acceptMeeting(Report report, ReportFact fact, Map<String, String> values) {
        Map<String, String> proposed = fact.proposed();
        String chosen = values.get("meeting");
        Optional<MeetingSummary> target;
        if ("new".equals(chosen)) {
            target = Optional.empty();
        } else if (chosen != null) {
            MeetingId meetingId = meetingId(chosen);
            target = Optional.of(calendar.summary(meetingId).orElseThrow(() -> RuleViolation.of("meeting", "press.meeting.unknown",
                    "There is no such meeting on record")));
        } else {
            target = matcher.match(values, reportYear(report)).map(MeetingMatcher.Match::meeting);
        }
        if (target.isEmpty()) {
            MeetingSummary scheduled = calendar.schedule(plan(values, null, null));
            return new RecordRef("MEETING", scheduled.id().value(), scheduled.id().value(), RecordRef.Action.CREATED);
        }
        MeetingDetails details = calendar.get(target.get().id());
        MeetingPlan current = planOf(details);
        MeetingPlan revised = plan(values, proposed, details);
        if (revised.equals(current)) {
            return new RecordRef("MEETING", details.meeting().id().value(), details.meeting().id().value(), RecordRef.Action.CONFIRMED);
        }
        calendar.revise(details.meeting().id(), revised, details.meeting().version());
        return new RecordRef("MEETING", details.meeting().id().value(), details.meeting().id().value(), RecordRef.Action.UPDATED);
    }

    /**
     * The plan for a new meeting (record null) or a meeting on record: there, a value the reviewer changed from the
     * proposal replaces the record's, any other fills in only what the record lacks.
     */
    private MeetingPlan plan(Map<String, String> values, Map<String, String> proposed, MeetingDetails record) {
        var problems = new RuleViolation.Collector();
        SeriesCode series = matcher.series(values.get("series")).orElse(null);
        if (series == null) {
            problems.add("series", "press.meeting.series", "Name the meeting's series (e.g. AMM, SOM)");
        }
        FrameworkCode framework = series == null ? null : matcher.framework(values).orElse(null);
        if (series != null && values.get("framework") != null && framework == null) {
            problems.add("framework", "press.meeting.framework", "The framework " + values.get("framework")
                    + (values.get("partner") == null ? "" : " with " + values.get("partner")) + " is not one on record");
        }
        Ordinals ordinals = null;
        try {
            ordinals = Ordinals.parse(values.get("ordinals"));
        } catch (RuleViolation v) {
            problems.add("ordinals", "press.meeting.ordinals", "Write ordinals as numbers, e.g. 57 or 44, 45");
        }
        LocalDate start = date(values.get("start"), "start", problems);
        LocalDate end = date(values.get("end"), "end", problems);
        String countryIso = null;
        if (values.get("country") != null) {
            countryIso = places.countryIso(values.get("country")).orElse(null);
            if (countryIso == null) {
                problems.add("country", "press.meeting.country", "There is no country " + values.get("country"));
            }
        }
        MeetingFormat format = null;
        if (values.get("format") != null) {
            try {
                format = MeetingFormat.valueOf(values.get("format").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add("format", "press.meeting.format", "The format is in person, online or hybrid");
            }
        }
        MeetingStatus status = null;
        if (values.get("role") != null) {
            status = switch (values.get("role").toUpperCase(Locale.ROOT)) {
                case "REPORTED" -> MeetingStatus.HELD;
                case "UPCOMING" -> MeetingStatus.PLANNED;
                default -> {
                    problems.add("role", "press.meeting.role", "Say whether the meeting took place or is coming");
                    yield null;
                }
            };
        }
        LocalizedText city = values.get("city") == null ? null : LocalizedText.english(values.get("city"));
        problems.throwIfAny();

        if (record == null) {
            if (start == null) {
                throw RuleViolation.of("start", "press.meeting.start", "The report gives no date: correct the fact with the meeting's dates");
            }
            if (format == null) {
                throw RuleViolation.of("format", "press.meeting.formatUnknown",
                        "The report does not say whether the meeting is in person, online or hybrid: correct the fact to say it");
            }
            return new MeetingPlan(series, framework, ordinals, null, new MeetingDates(start, end), null, format, city, countryIso,
                    null, null, status, null, Set.of());
        }
        MeetingSummary m = record.meeting();
        boolean startChanged = changed(values, proposed, "start") || changed(values, proposed, "end");
        MeetingDates dates = startChanged && start != null ? new MeetingDates(start, end) : m.dates();
        return new MeetingPlan(
                changed(values, proposed, "series") && series != null ? series : m.series(),
                (changed(values, proposed, "framework") || changed(values, proposed, "partner")) && framework != null ? framework : m.framework(),
                pick(values, proposed, "ordinals", ordinals, m.ordinals()),
                record.titleOverride(), dates, m.timeZone().getId(),
                changed(values, proposed, "format") && format != null ? format : m.format(),
                pick(values, proposed, "city", city, m.city()),
                pick(values, proposed, "country", countryIso, m.countryIso()),
                m.venue(), record.chairFromChairYear() ? null : m.chair(),
                changed(values, proposed, "role") && status != null && m.status().canBecome(status) ? status : m.status(),
                m.bundle(), record.prepares().stream().map(MeetingSummary::id).collect(java.util.stream.Collectors.toSet()));
    }

    private static MeetingPlan planOf(MeetingDetails record) {
        MeetingSummary m = record.meeting();
        return new MeetingPlan(m.series(), m.framework(), m.ordinals(), record.titleOverride(), m.dates(), m.timeZone().getId(),
                m.format(), m.city(), m.countryIso(), m.venue(), record.chairFromChairYear() ? null : m.chair(), m.status(), m.bundle(),
                record.prepares().stream().map(MeetingSummary::id).collect(java.util.stream.Collectors.toSet()));
    }

    private static boolean changed(Map<String, String> values, Map<String, String> proposed, String name) {
        return proposed != null && !Objects.equals(values.get(name), proposed.get(name));
    }

    /** The reviewer's change wins; otherwise the record's value, or the report's where the record has none. */
    private static <T> T pick(Map<String, String> values, Map<String, String> proposed, String name, T fromReport, T fromRecord) {
        if (changed(values, proposed, name)) {
            return fromReport;
        }
        return fromRecord != null ? fromRecord : fromReport;
    }

    private static LocalDate date(String text, String field, RuleViolation.Collector problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            problems.add(field, "press.fact.date", "Write the date as YYYY-MM-DD");
            return null;
        }
    }

    private static MeetingId meetingId(String text) {
        try {
            return MeetingId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("meeting", "press.meeting.unknown", "There is no such meeting on record");
        }
    }

    /** The year to look for undated meetings in: the publication's, else the one year all dated meetings of the report share. */
    static Integer reportYear(Report report) {
        if (report.published() != null) {
            return report.published().getYear();
        }
        Set<Integer> years = new java.util.HashSet<>();
        for (ReportFact fact : report.facts().values()) {
            if (fact.kind() == FactKind.MEETING) {
                LocalDate start = MeetingMatcher.date(fact.proposed().get("start"));
                if (start != null) {
                    years.add(start.getYear());
                }
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    // --- heads of delegation ---

    private List<RecordRef> acceptHead(Report report, Map<String, String> values) {
        var problems = new RuleViolation.Collector();
        String name = values.get("name");
        problems.check(name != null, "name", "press.head.name", "Name the head of delegation");
        PartyCode party = places.party(values.get("country")).orElse(null);
        problems.check(party != null, "country", "press.head.country", "Name the country whose delegation the head led");
        LeadCapacity capacity = null;
        if (values.get("capacity") != null) {
            try {
                capacity = LeadCapacity.valueOf(values.get("capacity"));
            } catch (IllegalArgumentException e) {
                problems.add("capacity", "press.head.capacity", "The capacity is in their own right, acting, or on a minister's authority");
            }
        }
        PersonDetails authorisedBy = null;
        if (capacity == LeadCapacity.ON_AUTHORITY) {
            List<PersonDetails> ministers = values.get("authorisedBy") == null ? List.of() : people.findByName(values.get("authorisedBy"));
            problems.check(ministers.size() == 1, "authorisedBy", "press.head.authorisedBy",
                    "Name the minister on whose authority the head led, as recorded among the people");
            authorisedBy = ministers.size() == 1 ? ministers.getFirst() : null;
        }
        List<MeetingId> meetings = headMeetings(report, values.get("meetings"), problems);
        problems.throwIfAny();

        List<RecordRef> records = new ArrayList<>();
        PersonDetails person = person(name, party, records);
        String title = values.get("title");
        LocalizedText titleText = title == null ? null : "en".equals(report.language()) ? LocalizedText.english(title)
                : LocalizedText.of(title, title);
        HeadOfDelegation head = new HeadOfDelegation(person.id(), titleText, capacity, authorisedBy == null ? null : authorisedBy.id());
        for (MeetingId meeting : meetings) {
            Optional<DelegationDetails> existing = delegations.at(meeting).stream().filter(d -> d.party().equals(party)).findFirst();
            if (existing.isEmpty()) {
                DelegationDetails registered = delegations.register(new RegisterDelegation(meeting, party, head, List.of()));
                records.add(new RecordRef("DELEGATION", registered.id().value(), meeting.value(), RecordRef.Action.CREATED));
            } else if (existing.get().head() == null || existing.get().head().person() == null) {
                DelegationDetails d = existing.get();
                HeadOfDelegation kept = d.head() == null || d.head().title() == null ? head
                        : new HeadOfDelegation(person.id(), d.head().title(), head.capacity(), head.authorisedBy());
                delegations.recompose(d.id(), new RegisterDelegation(meeting, party, kept, d.members().stream()
                        .map(mm -> new org.mufakat.meetings.DelegationMember(mm.person(), mm.role())).toList()), d.version());
                records.add(new RecordRef("DELEGATION", d.id().value(), meeting.value(), RecordRef.Action.UPDATED));
            } else if (existing.get().head().person().equals(person.id())) {
                records.add(new RecordRef("DELEGATION", existing.get().id().value(), meeting.value(), RecordRef.Action.CONFIRMED));
            } else {
                throw RuleViolation.of("name", "press.head.otherHead", "The record has " + existing.get().headName()
                        + " as head of this delegation; reject the fact or change the delegation on the meeting's page", existing.get().headName());
            }
        }
        return records;
    }

    /** The person on record by that name (case and diacritics ignored; of the party where several), else registered now. */
    private PersonDetails person(String name, PartyCode party, List<RecordRef> records) {
        List<PersonDetails> named = people.findByName(name);
        if (named.size() > 1) {
            named = named.stream().filter(p -> party.equals(p.party())).toList();
        }
        if (named.size() == 1) {
            records.add(new RecordRef("PERSON", named.getFirst().id().value(), null, RecordRef.Action.CONFIRMED));
            return named.getFirst();
        }
        if (named.size() > 1) {
            throw RuleViolation.of("name", "press.head.ambiguous", "Several people of " + party + " are named " + name, party, name);
        }
        PersonDetails registered = people.register(RegisterPerson.newPerson(name, party, List.of()));
        records.add(new RecordRef("PERSON", registered.id().value(), null, RecordRef.Action.CREATED));
        return registered;
    }

    /** The meetings on record of the report's meeting facts the head led at: accepted ones, else matched ones. */
    private List<MeetingId> headMeetings(Report report, String positions, RuleViolation.Collector problems) {
        List<MeetingId> meetings = new ArrayList<>();
        if (positions == null || positions.isBlank()) {
            problems.add("meetings", "press.head.meetings", "Say at which of the report's meetings the head led the delegation");
            return meetings;
        }
        for (String part : positions.split(",")) {
            int position;
            try {
                position = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                problems.add("meetings", "press.head.meetings", "Say at which of the report's meetings the head led the delegation");
                continue;
            }
            if (!report.facts().containsKey(position) || report.facts().get(position).kind() != FactKind.MEETING) {
                problems.add("meetings", "press.head.meetings", "Say at which of the report's meetings the head led the delegation");
                continue;
            }
            ReportFact meeting = report.facts().get(position);
            Optional<MeetingId> onRecord = queries.provenance(report.id(), position).stream()
                    .filter(r -> r.type().equals("MEETING")).map(r -> new MeetingId(r.id())).findFirst();
            if (onRecord.isEmpty() && meeting.status() == FactStatus.PROPOSED) {
                onRecord = matcher.match(meeting.proposed(), reportYear(report)).map(m -> m.meeting().id());
            }
            if (onRecord.isEmpty()) {
                problems.add("meetings", "press.head.meetingFirst", "Accept the meeting first: " + describe(meeting.proposed()), describe(meeting.proposed()));
            } else if (!meetings.contains(onRecord.get())) {
                meetings.add(onRecord.get());
            }
        }
        return meetings;
    }

    static String describe(Map<String, String> meeting) {
        return String.join(" ", Arrays.stream(new String[]{meeting.get("ordinals"), meeting.get("series"), meeting.get("start")})
                .filter(Objects::nonNull).toList());
    }
}
