package org.mufakat.organisation;

import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;

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

    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organisation(ReferenceData referenceData, ApplicationEventPublisher events, Clock clock) {
        this.referenceData = referenceData;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that a candidate (a state that has been an observer) becomes a member on the date, on top of the
     * definition file; recording it again corrects the date. Every question about membership at a date follows
     * once the transaction commits. Callers decide who may admit (relations asks the access policy).
     */
    @Transactional
    public void recordAdmission(Admission admission, String recordedBy) {
        Party party = findParty(admission.party())
                .orElseThrow(() -> RuleViolation.of("party", "organisation.admission.unknownParty", "No such party", admission.party()));
        List<Membership> byFile = referenceData.membershipByFile(party.code());
        Optional<LocalDate> observerSince = byFile.stream().filter(m -> m.role() == Role.OBSERVER)
                .map(m -> m.period().from()).filter(java.util.Objects::nonNull).min(LocalDate::compareTo);
        if (party.kind() != PartyKind.STATE || observerSince.isEmpty()) {
            throw RuleViolation.of("party", "organisation.admission.notCandidate",
                    party.name().en() + " is not a state that has been an observer on its way to membership", party.name().en());
        }
        if (!admission.admittedOn().isAfter(observerSince.get())) {
            throw RuleViolation.of("admittedOn", "organisation.admission.beforeObserver",
                    "The admission must come after the candidate became an observer (" + observerSince.get() + ")", observerSince.get());
        }
        LocalDate previous = referenceData.storeAdmission(admission, recordedBy, clock.instant()).orElse(null);
        events.publishEvent(new MembershipChanged(party.code(), admission.admittedOn(), previous));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // After commit or rollback alike: the snapshot must show what the database holds.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    /** Admissions recorded on top of the definition file. */
    public List<Admission> admissions() {
        return referenceData.admissions();
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
