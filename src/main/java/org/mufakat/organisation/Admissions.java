package org.mufakat.organisation;

import org.mufakat.platform.domain.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies recorded admissions to the definition file's membership: from the admission date the party is a member;
 * the standing it held just before (observer, a participant's seat at tables that seat members) ends the day before;
 * any later standing the file gave it (its membership from another date) gives way.
 */
final class Admissions {

    private Admissions() {
    }

    static List<Membership> applyToMembership(List<Membership> membership, List<Admission> admissions) {
        List<Membership> result = new ArrayList<>(membership);
        for (Admission admission : admissions) {
            LocalDate byFile = memberSinceByFile(membership, admission.party());
            result.removeIf(m -> m.party().equals(admission.party()) && m.role() == Role.MEMBER);
            endStandingBefore(result, admission, byFile, m -> m.role() != Role.MEMBER);
            result.add(new Membership(admission.party(), Role.MEMBER, Period.from(admission.admittedOn())));
        }
        return result;
    }

    static Map<FrameworkCode, List<Membership>> applyToSeats(Map<FrameworkCode, List<Membership>> seats, List<Framework> frameworks,
                                                             List<Membership> fileMembership, List<Admission> admissions) {
        Map<FrameworkCode, List<Membership>> result = new LinkedHashMap<>(seats);
        for (Framework framework : frameworks) {
            if (!framework.seatsMembers() || !seats.containsKey(framework.code())) {
                continue;
            }
            List<Membership> own = new ArrayList<>(seats.get(framework.code()));
            for (Admission admission : admissions) {
                endStandingBefore(own, admission, memberSinceByFile(fileMembership, admission.party()), m -> true);
            }
            result.put(framework.code(), List.copyOf(own));
        }
        return result;
    }

    private static LocalDate memberSinceByFile(List<Membership> membership, PartyCode party) {
        return membership.stream().filter(m -> m.party().equals(party) && m.role() == Role.MEMBER && m.period().from() != null)
                .map(m -> m.period().from()).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Ends the last standing before the admission the day before it, if it reached the admission (the file's or this one). */
    private static void endStandingBefore(List<Membership> entries, Admission admission, LocalDate memberByFile,
                                          java.util.function.Predicate<Membership> concerned) {
        LocalDate day = admission.admittedOn();
        entries.removeIf(m -> m.party().equals(admission.party()) && concerned.test(m)
                && m.period().from() != null && !m.period().from().isBefore(day));
        entries.stream()
                .filter(m -> m.party().equals(admission.party()) && concerned.test(m))
                .max(Comparator.comparing(m -> m.period().from() == null ? LocalDate.MIN : m.period().from()))
                .filter(last -> last.period().to() == null || !last.period().to().isBefore(day.minusDays(1))
                        || (memberByFile != null && !last.period().to().isBefore(memberByFile.minusDays(1))))
                .ifPresent(last -> entries.set(entries.indexOf(last),
                        new Membership(last.party(), last.role(), new Period(last.period().from(), day.minusDays(1)))));
    }
}
