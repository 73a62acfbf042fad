package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rotation of country coordinators as the definition file configures it: terms of {@code termYears} starting on
 * the first term's day; in each term every coordinator moves one step along the cycle of partners; a companion
 * partner goes with whoever holds another one (the UK with New Zealand) from the day it joined. Nothing is said of
 * terms before the first one: they are unknown, not computed backwards.
 */
record CoordinationRule(int termYears, LocalDate firstTermStart, List<PartyCode> cycle, Map<PartyCode, PartyCode> firstTerm,
                        List<Companion> companions, Set<String> handoverSeries, int forecastTerms) {

    record Companion(PartyCode partner, PartyCode with, LocalDate from) {
    }

    static CoordinationRule of(RelationsDefinition.Coordination section) {
        List<String> problems = new ArrayList<>();
        if (section.termYears() < 1) {
            problems.add("termYears must be at least 1");
        }
        if (section.firstTerm() == null || section.firstTerm().from() == null || section.firstTerm().coordinators() == null) {
            throw new IllegalStateException("The relations.coordination section needs firstTerm.from and firstTerm.coordinators");
        }
        List<PartyCode> cycle = section.cycle() == null ? List.of() : section.cycle().stream().map(PartyCode::of).toList();
        if (new HashSet<>(cycle).size() != cycle.size() || cycle.isEmpty()) {
            problems.add("the cycle must name each partner once");
        }
        Map<PartyCode, PartyCode> first = new LinkedHashMap<>();
        section.firstTerm().coordinators().forEach((member, partner) -> first.put(PartyCode.of(member), PartyCode.of(partner)));
        if (!cycle.containsAll(first.values()) || new HashSet<>(first.values()).size() != first.size()) {
            problems.add("the first term must give each coordinator a different partner of the cycle");
        }
        List<Companion> companions = section.companions() == null ? List.of() : section.companions().stream()
                .map(c -> new Companion(PartyCode.of(c.partner()), PartyCode.of(c.with()), c.from())).toList();
        companions.stream().filter(c -> !cycle.contains(c.with())).forEach(c -> problems.add(c.partner() + " goes with " + c.with() + ", not in the cycle"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The coordinators' rotation rule is inconsistent: " + String.join("; ", problems));
        }
        return new CoordinationRule(section.termYears(), section.firstTerm().from(), cycle, first, companions,
                Set.copyOf(section.handoverAt() == null ? List.of() : section.handoverAt()),
                section.forecastTerms() == null ? 1 : section.forecastTerms());
    }

    /** The term's days: term 0 is the first; -1 when the date is before the first term. */
    int termAt(LocalDate date) {
        if (date.isBefore(firstTermStart)) {
            return -1;
        }
        int term = (date.getYear() - firstTermStart.getYear()) / termYears;
        while (termPeriod(term + 1).from().compareTo(date) <= 0) {
            term++;
        }
        while (term > 0 && termPeriod(term).from().isAfter(date)) {
            term--;
        }
        return term;
    }

    Period termPeriod(int term) {
        LocalDate from = firstTermStart.plusYears((long) term * termYears);
        return new Period(from, from.plusYears(termYears).minusDays(1));
    }

    /** Every partner the rule gives a coordinator to, in the order of the cycle, companions after. */
    List<PartyCode> partners() {
        List<PartyCode> partners = new ArrayList<>(cycle);
        companions.forEach(c -> partners.add(c.partner()));
        return partners;
    }

    /** Who the rule makes coordinator of the partner in the term, over which days of it (a companion from its day). */
    Optional<Coordinatorship> coordinator(PartyCode partner, int term) {
        if (term < 0) {
            return Optional.empty();
        }
        Period period = termPeriod(term);
        PartyCode held = partner;
        Optional<Companion> companion = companions.stream().filter(c -> c.partner().equals(partner)).findFirst();
        if (companion.isPresent()) {
            if (companion.get().from() != null && companion.get().from().isAfter(period.to())) {
                return Optional.empty();
            }
            held = companion.get().with();
            if (companion.get().from() != null && companion.get().from().isAfter(period.from())) {
                period = new Period(companion.get().from(), period.to());
            }
        }
        int index = cycle.indexOf(held);
        if (index < 0) {
            return Optional.empty();
        }
        for (var entry : firstTerm.entrySet()) {
            int position = Math.floorMod(cycle.indexOf(entry.getValue()) + term, cycle.size());
            if (position == index) {
                return Optional.of(new Coordinatorship(partner, entry.getKey(), period, Coordinatorship.Basis.RULE, null));
            }
        }
        return Optional.empty();
    }
}
