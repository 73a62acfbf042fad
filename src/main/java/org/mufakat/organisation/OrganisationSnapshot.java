package org.mufakat.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation's reference data at one moment, held in memory: it changes rarely and is read constantly. */
record OrganisationSnapshot(OrganisationInfo info, Map<PartyCode, Party> parties, Map<FrameworkCode, Framework> frameworks,
                            List<Membership> membership, Map<FrameworkCode, List<Membership>> seats) {

    private static final Set<Role> MEMBERSHIP_ORDER = EnumSet.of(Role.MEMBER, Role.OBSERVER, Role.DIALOGUE_PARTNER,
            Role.SECRETARIAT, Role.PARTICIPANT);

    static OrganisationSnapshot empty() {
        return new OrganisationSnapshot(null, Map.of(), Map.of(), List.of(), Map.of());
    }

    static OrganisationSnapshot of(OrganisationInfo info, List<Party> parties, List<Framework> frameworks,
                                   List<Membership> membership, Map<FrameworkCode, List<Membership>> seats) {
        Map<PartyCode, Party> byCode = parties.stream()
                .sorted(Comparator.comparing(party -> party.name().en()))
                .collect(Collectors.toMap(Party::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<FrameworkCode, Framework> frameworksByCode = frameworks.stream()
                .collect(Collectors.toMap(Framework::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new OrganisationSnapshot(info, byCode, frameworksByCode, List.copyOf(membership), Map.copyOf(seats));
    }

    Optional<Role> roleInOrganisation(PartyCode party, LocalDate date) {
        return membership.stream()
                .filter(m -> m.party().equals(party) && m.isActiveAt(date))
                .map(Membership::role)
                .min(Comparator.comparingInt(role -> List.copyOf(MEMBERSHIP_ORDER).indexOf(role)));
    }

    Map<PartyCode, Role> participantsAt(FrameworkCode code, LocalDate date) {
        Framework framework = frameworks.get(code);
        Map<PartyCode, Role> participants = new LinkedHashMap<>();
        if (framework == null) {
            return participants;
        }
        for (Membership m : membership) {
            if (!m.isActiveAt(date)) {
                continue;
            }
            if (framework.seatsMembers() && m.role() == Role.MEMBER) {
                participants.put(m.party(), Role.MEMBER);
            } else if (framework.seatsObservers() && m.role() == Role.OBSERVER) {
                participants.putIfAbsent(m.party(), Role.OBSERVER);
            }
        }
        for (Membership seat : seats.getOrDefault(code, List.of())) {
            if (seat.isActiveAt(date)) {
                participants.putIfAbsent(seat.party(), seat.role());
            }
        }
        Map<PartyCode, Role> ordered = new LinkedHashMap<>();
        parties.keySet().stream().filter(participants::containsKey).forEach(party -> ordered.put(party, participants.get(party)));
        return ordered;
    }
}
