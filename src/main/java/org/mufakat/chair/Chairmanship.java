package org.mufakat.chair;

import org.mufakat.access.AccessPolicy;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.OptimisticLockingFailureException;
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
import java.util.stream.Collectors;

/** Who chairs which year, what they set out to do, and what the rotation rule says about it. */
@Service
public class Chairmanship {

    private static final String REVISION_TYPE = "chair-year";

    private final ChairYears chairYears;
    private final RotationRules rotationRules;
    private final Organisation organisation;
    private final Revisions revisions;
    private final AccessPolicy access;
    private final Clock clock;

    Chairmanship(ChairYears chairYears, RotationRules rotationRules, Organisation organisation, Revisions revisions,
                 AccessPolicy access, Clock clock) {
        this.chairYears = chairYears;
        this.rotationRules = rotationRules;
        this.organisation = organisation;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ChairYearDetails> chairYear(int year) {
        return chairYears.findById(year).map(Chairmanship::details);
    }

    @Transactional(readOnly = true)
    public List<ChairYearDetails> chairYears() {
        return chairYears.findAll().stream().map(Chairmanship::details)
                .sorted(Comparator.comparingInt(ChairYearDetails::year)).toList();
    }

    public Optional<PartyCode> chairOf(int year) {
        return chairYears.findById(year).map(ChairYear::chair);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    @Transactional
    public ChairYearDetails record(RecordChairYear command) {
        access.require(access.mayDescribeChairYear(access.actor(), command.year()), "record the chair year " + command.year());
        var problems = new RuleViolation.Collector();
        Optional<Party> chair = organisation.findParty(command.chair());
        problems.check(chair.isPresent(), "chair", "chairYear.chair.unknown", "There is no party " + command.chair(), command.chair());
        LocalDate firstDay = LocalDate.of(command.year(), 1, 1);
        problems.check(chair.isEmpty() || organisation.isMemberAt(command.chair(), firstDay), "chair",
                "chairYear.chair.notMember", command.chair() + " is not a member on " + firstDay, command.chair(), firstDay);
        problems.throwIfAny();

        Optional<ChairYear> existing = chairYears.findById(command.year());
        ChairYear chairYear;
        if (existing.isPresent()) {
            chairYear = existing.get();
            if (command.expectedVersion() == null) {
                throw RuleViolation.of("year", "chairYear.year.exists", "The year " + command.year() + " is already recorded", command.year());
            }
            revisions.checkVersion(REVISION_TYPE, command.year(), command.expectedVersion(), chairYear.version(), fields(details(chairYear)));
            chairYear.describe(command.chair(), command.theme(), command.priorities(), command.initiatives(), clock.instant());
        } else {
            chairYear = ChairYear.open(command.year(), command.chair(), clock.instant());
            chairYear.describe(command.chair(), command.theme(), command.priorities(), command.initiatives(), clock.instant());
        }
        ChairYear saved;
        try {
            saved = chairYears.save(chairYear);
        } catch (OptimisticLockingFailureException e) {
            ChairYearDetails current = chairYear(command.year()).orElseThrow();
            throw new EditConflict(REVISION_TYPE, command.expectedVersion(), current.version(),
                    revisions.changes(REVISION_TYPE, command.year(), command.expectedVersion(), fields(current)));
        }
        ChairYearDetails details = details(saved);
        revisions.record(REVISION_TYPE, saved.year(), saved.version(), fields(details));
        return details;
    }

    /** The rule's verdict for each year in the range, beside the chairs on record. */
    @Transactional(readOnly = true)
    public List<RotationRow> rotation(int fromYear, int toYear) {
        Map<Integer, PartyCode> recorded = chairYears.findAll().stream()
                .collect(Collectors.toMap(ChairYear::year, ChairYear::chair));
        Optional<RotationRule> rule = rotationRules.find(organisation.info().code());
        Map<Integer, List<Party>> members = new LinkedHashMap<>();
        List<RotationRow> rows = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            int thisYear = year;
            Optional<RotationRule.Outcome> outcome = rule.flatMap(r -> r.outcome(thisYear, y ->
                    members.computeIfAbsent(y, key -> organisation.membersAt(LocalDate.of(key, 1, 1)))));
            rows.add(new RotationRow(year, recorded.get(year),
                    outcome.map(RotationRule.Outcome::expected).orElse(null),
                    outcome.map(RotationRule.Outcome::plainOrder).orElse(null),
                    outcome.map(RotationRule.Outcome::applied).orElse(List.of())));
        }
        return rows;
    }

    public Optional<PartyCode> expectedChair(int year) {
        return Optional.ofNullable(rotation(year, year).getFirst().expected());
    }

    private static ChairYearDetails details(ChairYear chairYear) {
        return new ChairYearDetails(chairYear.year(), chairYear.chair(), chairYear.theme(), chairYear.priorities(),
                chairYear.initiatives(), chairYear.version());
    }

    private static Map<String, String> fields(ChairYearDetails details) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chair", details.chair().value());
        fields.put("theme", details.theme() == null ? null : details.theme().en() + " / " + details.theme().vi());
        for (int i = 0; i < details.priorities().size(); i++) {
            Priority priority = details.priorities().get(i);
            fields.put("priorities[" + i + "]", (priority.cluster() == null ? "" : priority.cluster().en() + ": ") + priority.text().en());
        }
        for (int i = 0; i < details.initiatives().size(); i++) {
            fields.put("initiatives[" + i + "]", details.initiatives().get(i).title().en());
        }
        return fields;
    }
}
