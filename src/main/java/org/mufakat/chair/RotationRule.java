package org.mufakat.chair;

import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * ASEAN Charter Art. 31: the chair rotates every year in the alphabetical order of the members' English names,
 * starting from an anchor year, with recorded decisions (turns given up, extended terms, swaps) applied.
 * Membership is asked per year, so a newly admitted member takes its place in the order from the year after.
 */
public record RotationRule(int anchorYear, PartyCode anchorChair, List<RotationDecision> decisions) {

    public RotationRule {
        decisions = List.copyOf(decisions);
    }

    /** What the rule says for one year: the plain order's choice, the expected chair and the decisions applied. */
    public record Outcome(int year, PartyCode plainOrder, PartyCode expected, List<RotationDecision> applied) {

        public boolean departsFromPlainOrder() {
            return !plainOrder.equals(expected);
        }
    }

    /**
     * @param membersInOrder the members on 1 January of a year, in the alphabetical order of their English names
     */
    public Optional<Outcome> outcome(int year, IntFunction<List<Party>> membersInOrder) {
        if (year < anchorYear) {
            return Optional.empty();
        }
        int horizon = decisions.stream()
                .filter(d -> d.kind() == RotationDecision.Kind.SWAP && d.concerns(year))
                .mapToInt(d -> Math.max(d.year(), d.otherYear()))
                .max().orElse(year);
        Map<Integer, Outcome> natural = naturalSequence(Math.max(year, horizon), membersInOrder);
        Outcome plain = natural.get(year);
        List<RotationDecision> applied = new ArrayList<>(plain.applied());
        PartyCode expected = plain.expected();
        for (RotationDecision swap : decisions) {
            if (swap.kind() == RotationDecision.Kind.SWAP && swap.concerns(year)) {
                int other = swap.year() == year ? swap.otherYear() : swap.year();
                expected = natural.get(other).expected();
                applied.add(swap);
            }
        }
        return Optional.of(new Outcome(year, plain.plainOrder(), expected, List.copyOf(applied)));
    }

    public Optional<PartyCode> expectedChair(int year, IntFunction<List<Party>> membersInOrder) {
        return outcome(year, membersInOrder).map(Outcome::expected);
    }

    private Map<Integer, Outcome> naturalSequence(int until, IntFunction<List<Party>> membersInOrder) {
        Map<Integer, Outcome> sequence = new HashMap<>();
        sequence.put(anchorYear, new Outcome(anchorYear, anchorChair, anchorChair, List.of()));
        Party pointer = find(anchorChair, membersInOrder.apply(anchorYear));
        for (int year = anchorYear + 1; year <= until; year++) {
            List<Party> members = membersInOrder.apply(year);
            Party plain = successor(pointer, members);
            int thisYear = year;
            Optional<RotationDecision> extension = decisions.stream()
                    .filter(d -> d.kind() == RotationDecision.Kind.TERM_EXTENDED && d.year() == thisYear
                            && d.party().equals(sequence.get(thisYear - 1).expected()))
                    .findFirst();
            if (extension.isPresent()) {
                sequence.put(year, new Outcome(year, plain.code(), sequence.get(year - 1).expected(), List.of(extension.get())));
                continue;
            }
            Party chair = plain;
            List<RotationDecision> applied = new ArrayList<>();
            for (int guard = 0; guard < members.size(); guard++) {
                Party candidate = chair;
                Optional<RotationDecision> givenUp = decisions.stream()
                        .filter(d -> d.kind() == RotationDecision.Kind.TURN_GIVEN_UP && d.year() == thisYear
                                && d.party().equals(candidate.code()))
                        .findFirst();
                if (givenUp.isEmpty()) {
                    break;
                }
                applied.add(givenUp.get());
                chair = successor(chair, members);
            }
            sequence.put(year, new Outcome(year, plain.code(), chair.code(), List.copyOf(applied)));
            pointer = chair;
        }
        return sequence;
    }

    private Party find(PartyCode code, List<Party> members) {
        return members.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The rotation anchor " + code + " is not a member in " + anchorYear));
    }

    /** The next member after {@code previous} in alphabetical order, wrapping round; works if it has left. */
    private static Party successor(Party previous, List<Party> members) {
        if (members.isEmpty()) {
            throw new IllegalStateException("No members to rotate among");
        }
        Comparator<String> byName = Comparator.naturalOrder();
        return members.stream()
                .filter(p -> byName.compare(p.name().en(), previous.name().en()) > 0)
                .findFirst()
                .orElse(members.getFirst());
    }
}
