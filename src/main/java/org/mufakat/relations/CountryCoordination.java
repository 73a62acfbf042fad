package org.mufakat.relations;

import org.mufakat.access.AccessPolicy;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.organisation.Role;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.Period;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Country coordinators: computed by the rotation rule of the definition file, overridden where a decision was
 * recorded. ASEAN+1 meetings default their co-chair to the coordinator at their date; coordinators hand over at
 * the ministerial meetings (AMM, PMC) of the year a term starts.
 */
@Service
public class CountryCoordination {

    private final RelationsDefinition definition;
    private final Departures departures;
    private final Organisation organisation;
    private final MeetingCalendar calendar;
    private final AccessPolicy access;
    private final Revisions revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CountryCoordination(RelationsDefinition definition, Departures departures, Organisation organisation, MeetingCalendar calendar,
                        AccessPolicy access, Revisions revisions, ApplicationEventPublisher events, Clock clock) {
        this.definition = definition;
        this.departures = departures;
        this.organisation = organisation;
        this.calendar = calendar;
        this.access = access;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** Past terms from the first one the rule knows, the current one, and the forecast ones the definition asks for. */
    @Transactional(readOnly = true)
    public CoordinatorTable table() {
        Optional<CoordinationRule> found = rule();
        if (found.isEmpty()) {
            return new CoordinatorTable(List.of(), List.of());
        }
        CoordinationRule rule = found.get();
        LocalDate today = LocalDate.now(clock);
        int current = Math.max(rule.termAt(today), 0);
        List<CoordinatorTable.Term> terms = new ArrayList<>();
        for (int term = 0; term <= current + rule.forecastTerms(); term++) {
            Period period = rule.termPeriod(term);
            terms.add(new CoordinatorTable.Term(term, period, period.to().isBefore(today) ? CoordinatorTable.Tense.PAST
                    : period.from().isAfter(today) ? CoordinatorTable.Tense.FORECAST : CoordinatorTable.Tense.CURRENT));
        }
        List<Coordinatorship> decisions = departures.all();
        List<CoordinatorTable.Row> rows = new ArrayList<>();
        for (PartyCode partner : partners(rule, decisions)) {
            List<List<Coordinatorship>> cells = terms.stream()
                    .map(term -> cell(rule, partner, term.index(), decisions)).toList();
            rows.add(new CoordinatorTable.Row(partner, cells));
        }
        return new CoordinatorTable(List.copyOf(terms), List.copyOf(rows));
    }

    /** Who coordinates the relations with the partner on the date: a recorded decision, or else the rule. */
    @Transactional(readOnly = true)
    public Optional<Coordinatorship> coordinatorAt(PartyCode partner, LocalDate date) {
        List<Coordinatorship> decisions = departures.all();
        return rule().map(rule -> coordinatorAt(rule, decisions, partner, date))
                .orElseGet(() -> decisions.stream().filter(d -> d.partner().equals(partner) && d.period().contains(date)).findFirst());
    }

    private static Optional<Coordinatorship> coordinatorAt(CoordinationRule rule, List<Coordinatorship> decisions, PartyCode partner,
                                                           LocalDate date) {
        Optional<Coordinatorship> decided = decisions.stream()
                .filter(d -> d.partner().equals(partner) && d.period().contains(date)).findFirst();
        if (decided.isPresent()) {
            return decided;
        }
        return rule.coordinator(partner, rule.termAt(date)).filter(c -> c.period().contains(date));
    }

    /** Every coordinatorship of the partner, oldest first, forecast ones included. */
    @Transactional(readOnly = true)
    public List<Coordinatorship> historyOf(PartyCode partner) {
        CoordinatorTable table = table();
        return table.rows().stream().filter(row -> row.partner().equals(partner)).findFirst()
                .map(row -> row.cells().stream().flatMap(List::stream).toList()).orElse(List.of());
    }

    /**
     * What the meeting page shows of coordination: for an ASEAN+1 meeting, its partner's coordinator at the meeting's
     * date (the default co-chair); for the ministerial meetings where coordinators hand over, the handovers of the year.
     */
    @Transactional(readOnly = true)
    public MeetingCoordination atMeeting(MeetingId id) {
        MeetingSummary meeting = calendar.summary(id).orElseThrow(() -> new NotFound("meeting", id));
        LocalDate day = meeting.dates().startDate();
        PartyCode partner = organisation.findFramework(meeting.framework()).map(Framework::partner).orElse(null);
        Coordinatorship coChair = partner == null ? null : coordinatorAt(partner, day).orElse(null);
        List<Handover> handovers = rule().filter(rule -> rule.handoverSeries().contains(meeting.series().value()))
                .map(rule -> handovers(rule, day.getYear(), partner)).orElse(List.of());
        return new MeetingCoordination(id, partner, coChair, handovers);
    }

    @Transactional
    public Coordinatorship recordDeparture(RecordDeparture command) {
        access.require(access.mayRecordRelations(access.actor()), "record a decision on country coordinators");
        var problems = new RuleViolation.Collector();
        boolean partner = organisation.membershipsOf(command.partner()).stream().anyMatch(m -> m.role() == Role.DIALOGUE_PARTNER);
        problems.check(partner, "partner", "relations.partner.notPartner", command.partner() + " is not a dialogue partner", command.partner().value());
        boolean member = organisation.findParty(command.coordinator()).isPresent() && organisation.isMemberAt(command.coordinator(), command.from())
                && organisation.isMemberAt(command.coordinator(), command.to());
        problems.check(member, "coordinator", "relations.coordinator.notMember",
                command.coordinator() + " is not a member throughout " + command.from() + " – " + command.to(),
                command.coordinator().value(), command.from(), command.to());
        departures.all().stream()
                .filter(d -> d.partner().equals(command.partner()) && d.period().overlaps(command.period()))
                .findFirst()
                .ifPresent(d -> problems.add("from", "relations.departure.overlaps",
                        "A recorded decision already makes " + d.coordinator() + " coordinator of " + d.partner() + " from "
                                + d.period().from() + " to " + d.period().to(),
                        d.coordinator().value(), d.partner().value(), d.period().from(), d.period().to()));
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        try {
            departures.insert(id, command);
        } catch (DataIntegrityViolationException concurrent) {
            throw RuleViolation.of("from", "relations.departure.overlapsConcurrent",
                    "Another decision for this partner over these days was recorded at the same time");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partner", command.partner().value());
        fields.put("coordinator", command.coordinator().value());
        fields.put("from", command.from().toString());
        fields.put("to", command.to().toString());
        fields.put("note", command.note() == null ? null : command.note().en());
        revisions.record("coordinatorship-decision", id, 1, fields);
        events.publishEvent(new DepartureRecorded(id, command.partner(), command.coordinator(), command.period()));
        return new Coordinatorship(command.partner(), command.coordinator(), command.period(), Coordinatorship.Basis.DECISION, command.note());
    }

    @Transactional(readOnly = true)
    public List<Coordinatorship> decisions() {
        return departures.all();
    }

    private List<Handover> handovers(CoordinationRule rule, int year, PartyCode onlyPartner) {
        List<Coordinatorship> decisions = departures.all();
        int term = rule.termAt(LocalDate.of(year, 12, 31));
        if (term <= 0 || rule.termPeriod(term).from().getYear() != year) {
            return List.of();
        }
        LocalDate on = rule.termPeriod(term).from();
        List<Handover> result = new ArrayList<>();
        for (PartyCode partner : rule.partners()) {
            if (onlyPartner != null && !onlyPartner.equals(partner)) {
                continue;
            }
            Optional<Coordinatorship> before = coordinatorAt(rule, decisions, partner, on.minusDays(1));
            Optional<Coordinatorship> after = coordinatorAt(rule, decisions, partner, on);
            if (after.isPresent() && (before.isEmpty() || !before.get().coordinator().equals(after.get().coordinator()))) {
                result.add(new Handover(partner, before.map(Coordinatorship::coordinator).orElse(null), after.get().coordinator(), on));
            }
        }
        return result;
    }

    private static List<PartyCode> partners(CoordinationRule rule, List<Coordinatorship> decisions) {
        List<PartyCode> partners = new ArrayList<>(rule.partners());
        decisions.stream().map(Coordinatorship::partner).filter(p -> !partners.contains(p)).distinct().forEach(partners::add);
        return partners;
    }

    /** The rule's coordinatorship of the term, less the days decisions cover, with those decisions. */
    private static List<Coordinatorship> cell(CoordinationRule rule, PartyCode partner, int term, List<Coordinatorship> decisions) {
        Period termDays = rule.termPeriod(term);
        List<Coordinatorship> overriding = decisions.stream()
                .filter(d -> d.partner().equals(partner) && d.period().overlaps(termDays)).toList();
        List<Coordinatorship> result = new ArrayList<>(overriding);
        rule.coordinator(partner, term).ifPresent(byRule -> {
            List<Period> pieces = new ArrayList<>(List.of(byRule.period()));
            for (Coordinatorship decision : overriding) {
                List<Period> remaining = new ArrayList<>();
                for (Period piece : pieces) {
                    if (!piece.overlaps(decision.period())) {
                        remaining.add(piece);
                        continue;
                    }
                    if (decision.period().from().isAfter(piece.from())) {
                        remaining.add(new Period(piece.from(), decision.period().from().minusDays(1)));
                    }
                    if (decision.period().to().isBefore(piece.to())) {
                        remaining.add(new Period(decision.period().to().plusDays(1), piece.to()));
                    }
                }
                pieces = remaining;
            }
            pieces.forEach(piece -> result.add(new Coordinatorship(partner, byRule.coordinator(), piece, Coordinatorship.Basis.RULE, null)));
        });
        result.sort(Comparator.comparing(c -> c.period().from()));
        return List.copyOf(result);
    }

    private Optional<CoordinationRule> rule() {
        return definition.current().map(RelationsDefinition.Section::coordination).map(CoordinationRule::of);
    }
}
