package org.mufakat.chair;

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
import java.util.ArrayList;
import java.util.List;

/** One year of the chairmanship: who chairs, under which theme, with which priorities and initiatives. */
@Table("chair_year")
class ChairYear extends AbstractAggregateRoot<ChairYear> {

    @Id
    private final int year;
    private PartyCode chairCode;
    @Embedded.Nullable(prefix = "theme_")
    private LocalizedText theme;
    @MappedCollection(idColumn = "chair_year", keyColumn = "position")
    private List<Priority> priorities;
    @MappedCollection(idColumn = "chair_year", keyColumn = "position")
    private List<Initiative> initiatives;
    @Version
    private Long version;
    private Instant updatedAt;

    @PersistenceCreator
    ChairYear(int year, PartyCode chairCode, LocalizedText theme, List<Priority> priorities, List<Initiative> initiatives,
              Long version, Instant updatedAt) {
        this.year = year;
        this.chairCode = chairCode;
        this.theme = theme;
        this.priorities = new ArrayList<>(priorities);
        this.initiatives = new ArrayList<>(initiatives);
        this.version = version;
        this.updatedAt = updatedAt;
    }

    static ChairYear open(int year, PartyCode chair, Instant now) {
        var chairYear = new ChairYear(year, chair, null, List.of(), List.of(), null, now);
        chairYear.registerEvent(new ChairYearOpened(year, chair));
        return chairYear;
    }

    void describe(PartyCode chair, LocalizedText theme, List<Priority> priorities, List<Initiative> initiatives, Instant now) {
        var problems = new RuleViolation.Collector();
        for (int i = 0; i < priorities.size(); i++) {
            problems.check(priorities.get(i).text() != null, "priorities[" + i + "]", "chairYear.priority.empty",
                    "Priority " + (i + 1) + " has no text", i + 1);
        }
        for (int i = 0; i < initiatives.size(); i++) {
            problems.check(initiatives.get(i).title() != null, "initiatives[" + i + "]", "chairYear.initiative.untitled",
                    "Initiative " + (i + 1) + " has no title", i + 1);
        }
        problems.throwIfAny();
        boolean chairChanged = !chair.equals(this.chairCode);
        this.chairCode = chair;
        this.theme = theme;
        this.priorities = new ArrayList<>(priorities);
        this.initiatives = new ArrayList<>(initiatives);
        this.updatedAt = now;
        if (chairChanged) {
            registerEvent(new ChairYearOpened(year, chair));
        }
        registerEvent(new ChairYearDescribed(year));
    }

    int year() {
        return year;
    }

    PartyCode chair() {
        return chairCode;
    }

    LocalizedText theme() {
        return theme;
    }

    List<Priority> priorities() {
        return List.copyOf(priorities);
    }

    List<Initiative> initiatives() {
        return List.copyOf(initiatives);
    }

    long version() {
        return version == null ? 0 : version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
