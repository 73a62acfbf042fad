package org.mufakat.relations.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.platform.domain.Period;
import org.mufakat.platform.web.Bilingual;
import org.mufakat.relations.Anniversary;
import org.mufakat.relations.CoordinatorTable;
import org.mufakat.relations.Coordinatorship;
import org.mufakat.relations.DatedLevel;
import org.mufakat.relations.PartnershipLevel;
import org.mufakat.relations.RelationView;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of dialogue relations and coordinators. */
final class RelationsJson {

    private RelationsJson() {
    }

    /**
     * @param startedOn the start of the dialogue relations, from which anniversaries count; null while unknown
     * @param version   also the ETag: send it back when recording a level
     */
    record Relation(@Schema(example = "KOR") String partner, LocalDate startedOn, PartnershipLevel currentLevel, List<Level> levels,
                    long version) {

        static Relation of(RelationView relation, LocalDate today) {
            return new Relation(relation.partner().value(), relation.startedOn(),
                    relation.levelAt(today).map(DatedLevel::level).orElse(null),
                    relation.levels().stream().map(l -> new Level(l.level(), l.since(), l.source())).toList(), relation.version());
        }
    }

    record Level(PartnershipLevel level, LocalDate since, String source) {
    }

    record LevelRequest(PartnershipLevel level, LocalDate since, String source, Long version) {
    }

    record AnniversaryJson(String partner, int year, int years, LocalDate startedOn) {

        static AnniversaryJson of(Anniversary a) {
            return new AnniversaryJson(a.partner().value(), a.year(), a.years(), a.startedOn());
        }
    }

    record Relations(List<Relation> partners, List<AnniversaryJson> anniversariesThisYear) {
    }

    /** @param basis RULE (the rotation) or DECISION (a recorded departure from it) */
    record CoordinatorshipJson(String partner, String coordinator, LocalDate from, LocalDate to, Coordinatorship.Basis basis, Bilingual note) {

        static CoordinatorshipJson of(Coordinatorship c) {
            Period period = c.period();
            return new CoordinatorshipJson(c.partner().value(), c.coordinator().value(), period.from(), period.to(), c.basis(),
                    Bilingual.of(c.note()));
        }
    }

    record TermJson(String label, LocalDate from, LocalDate to, CoordinatorTable.Tense tense) {
    }

    /** @param cells per partner, one list per term (more than one coordinatorship when a decision covers part of a term) */
    record Table(List<TermJson> terms, List<RowJson> rows) {

        static Table of(CoordinatorTable table) {
            return new Table(table.terms().stream().map(t -> new TermJson(t.label(), t.period().from(), t.period().to(), t.tense())).toList(),
                    table.rows().stream().map(r -> new RowJson(r.partner().value(), r.cells().stream()
                            .map(cell -> cell.stream().map(CoordinatorshipJson::of).toList()).toList())).toList());
        }
    }

    record RowJson(String partner, List<List<CoordinatorshipJson>> cells) {
    }

    record DecisionRequest(@Schema(example = "KOR") String partner, @Schema(example = "VNM") String coordinator,
                           @Schema(example = "2027-08-01") LocalDate from, @Schema(example = "2030-07-31") LocalDate to, Bilingual note) {
    }
}
