package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The relation with one partner: its levels, each reached on a date, higher levels never before lower ones. */
class DialogueRelation {

    private final PartyCode partner;
    private final List<DatedLevel> levels;
    private final long version;

    DialogueRelation(PartyCode partner, List<DatedLevel> levels, long version) {
        this.partner = partner;
        this.levels = new ArrayList<>(levels);
        this.levels.sort(Comparator.comparing(DatedLevel::level));
        this.version = version;
    }

    static DialogueRelation begin(PartyCode partner) {
        return new DialogueRelation(partner, List.of(), 0);
    }

    RelationLevelRecorded record(DatedLevel reached) {
        levels.removeIf(l -> l.level() == reached.level());
        for (DatedLevel other : levels) {
            boolean lower = other.level().compareTo(reached.level()) < 0;
            if (lower && other.since().isAfter(reached.since())) {
                throw RuleViolation.of("since", "relations.level.beforeLower",
                        "A relation cannot reach this level before the lower level it reached on " + other.since(), other.since());
            }
            if (!lower && other.since().isBefore(reached.since())) {
                throw RuleViolation.of("since", "relations.level.afterHigher",
                        "A relation cannot reach this level after the higher level it reached on " + other.since(), other.since());
            }
        }
        levels.add(reached);
        levels.sort(Comparator.comparing(DatedLevel::level));
        return new RelationLevelRecorded(partner, reached.level(), reached.since());
    }

    PartyCode partner() {
        return partner;
    }

    List<DatedLevel> levels() {
        return List.copyOf(levels);
    }

    long version() {
        return version;
    }

    RelationView view() {
        return new RelationView(partner, levels, version);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        levels.forEach(l -> fields.put(l.level().name(), l.since() + (l.source() == null ? "" : " (" + l.source() + ")")));
        return fields;
    }
}
