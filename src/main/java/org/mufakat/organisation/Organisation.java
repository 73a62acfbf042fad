package org.mufakat.organisation;

import org.mufakat.platform.domain.NotFound;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the organisation is at any date: its parties, who is a member, who sits at each framework's table.
 * Every rule that depends on membership asks here, with the date that matters to it.
 */
@Service
public class Organisation {

    private final ReferenceData referenceData;
    private volatile OrganisationSnapshot snapshot;

    Organisation(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public OrganisationInfo info() {
        return current().info();
    }

    public List<Party> parties() {
        return List.copyOf(current().parties().values());
    }

    public Optional<Party> findParty(PartyCode code) {
        return Optional.ofNullable(current().parties().get(code));
    }

    public Party party(PartyCode code) {
        return findParty(code).orElseThrow(() -> new NotFound("party", code));
    }

    public List<Framework> frameworks() {
        return List.copyOf(current().frameworks().values());
    }

    public Optional<Framework> findFramework(FrameworkCode code) {
        return Optional.ofNullable(current().frameworks().get(code));
    }

    public Framework framework(FrameworkCode code) {
        return findFramework(code).orElseThrow(() -> new NotFound("framework", code));
    }

    public List<Framework> frameworksOfFamily(String family) {
        return current().frameworks().values().stream().filter(f -> f.family().equals(family)).toList();
    }

    public Optional<Role> roleAt(PartyCode party, LocalDate date) {
        return current().roleInOrganisation(party, date);
    }

    public boolean isMemberAt(PartyCode party, LocalDate date) {
        return roleAt(party, date).filter(role -> role == Role.MEMBER).isPresent();
    }

    /** The member states at the date, in the alphabetical order of their English names. */
    public List<Party> membersAt(LocalDate date) {
        return current().parties().values().stream().filter(party -> isMemberAt(party.code(), date)).toList();
    }

    /** Everyone at the framework's table on the date, with the role they sit in, in alphabetical order. */
    public Map<PartyCode, Role> participantsAt(FrameworkCode framework, LocalDate date) {
        return current().participantsAt(framework, date);
    }

    public Optional<Role> seatAt(FrameworkCode framework, PartyCode party, LocalDate date) {
        return Optional.ofNullable(participantsAt(framework, date).get(party));
    }

    public List<Framework> frameworksOf(PartyCode party, LocalDate date) {
        return current().frameworks().values().stream()
                .filter(framework -> participantsAt(framework.code(), date).containsKey(party))
                .toList();
    }

    public List<Membership> membershipsOf(PartyCode party) {
        return current().membership().stream().filter(m -> m.party().equals(party)).toList();
    }

    public Map<FrameworkCode, List<Membership>> seatsOf(PartyCode party) {
        var result = new java.util.LinkedHashMap<FrameworkCode, List<Membership>>();
        current().seats().forEach((framework, seats) -> {
            var own = seats.stream().filter(seat -> seat.party().equals(party)).toList();
            if (!own.isEmpty()) {
                result.put(framework, own);
            }
        });
        return result;
    }

    /** Every framework the party has sat at, with the periods of its seat, from membership and explicit seats. */
    public Map<FrameworkCode, List<org.mufakat.platform.domain.Period>> seatPeriodsOf(PartyCode party) {
        var result = new java.util.LinkedHashMap<FrameworkCode, List<org.mufakat.platform.domain.Period>>();
        OrganisationSnapshot current = current();
        for (Framework framework : current.frameworks().values()) {
            var periods = new java.util.ArrayList<org.mufakat.platform.domain.Period>();
            for (Membership m : current.membership()) {
                if (m.party().equals(party) && ((framework.seatsMembers() && m.role() == Role.MEMBER)
                        || (framework.seatsObservers() && m.role() == Role.OBSERVER))) {
                    periods.add(m.period());
                }
            }
            for (Membership seat : current.seats().getOrDefault(framework.code(), List.of())) {
                if (seat.party().equals(party)) {
                    periods.add(seat.period());
                }
            }
            if (!periods.isEmpty()) {
                result.put(framework.code(), List.copyOf(periods));
            }
        }
        return result;
    }

    void reload() {
        snapshot = referenceData.load();
    }

    private OrganisationSnapshot current() {
        OrganisationSnapshot loaded = snapshot;
        if (loaded == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = referenceData.load();
                }
                loaded = snapshot;
            }
        }
        return loaded;
    }
}
