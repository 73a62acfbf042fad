package org.mufakat.chair;

import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.organisation.PartyKind;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A made-up organisation of a few members with dated membership, for rotation rules that need no database:
 * it answers "the members on 1 January of a year, in alphabetical order" as {@code Chairmanship} does.
 */
final class SmallOrganisation {

    static final PartyCode ALBA = PartyCode.of("ALB");
    static final PartyCode BORA = PartyCode.of("BOR");
    static final PartyCode CORA = PartyCode.of("COR");
    static final PartyCode DORA = PartyCode.of("DOR");

    private record Member(Party party, Period period) {
    }

    private final List<Member> members = new ArrayList<>();

    /** Alba, Bora and Dora, members since 2000; Cora not (yet). */
    static SmallOrganisation ofThree() {
        return new SmallOrganisation()
                .admit(ALBA, "Alba", LocalDate.of(2000, 1, 1))
                .admit(BORA, "Bora", LocalDate.of(2000, 1, 1))
                .admit(DORA, "Dora", LocalDate.of(2000, 1, 1));
    }

    /** Alba, Bora, Cora and Dora, all members since 2000. */
    static SmallOrganisation ofFour() {
        return ofThree().admit(CORA, "Cora", LocalDate.of(2000, 1, 1));
    }

    SmallOrganisation admit(PartyCode code, String name, LocalDate from) {
        Party party = new Party(code, PartyKind.STATE, null, ZoneId.of("UTC"), LocalizedText.english(name), LocalizedText.english(name));
        members.add(new Member(party, Period.from(from)));
        return this;
    }

    IntFunction<List<Party>> membersInOrder() {
        return year -> members.stream()
                .filter(member -> member.period().contains(LocalDate.of(year, 1, 1)))
                .map(Member::party)
                .sorted(Comparator.comparing(party -> party.name().en()))
                .toList();
    }

    static RotationDecision turnGivenUp(int year, PartyCode party) {
        return new RotationDecision(RotationDecision.Kind.TURN_GIVEN_UP, year, null, party, LocalizedText.english("gave up " + year));
    }

    static RotationDecision termExtended(int year, PartyCode party) {
        return new RotationDecision(RotationDecision.Kind.TERM_EXTENDED, year, null, party, LocalizedText.english("extended into " + year));
    }

    static RotationDecision swap(int year, int otherYear) {
        return new RotationDecision(RotationDecision.Kind.SWAP, year, otherYear, null, LocalizedText.english("swapped " + year + "/" + otherYear));
    }
}
