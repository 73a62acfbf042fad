package org.mufakat.meetings;

import org.mufakat.access.AccessPolicy;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.revisions.Revisions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who came to which meeting: delegations, their heads and members, and bilateral meetings on the sidelines. */
@Service
public class DelegationRegister {

    private static final String REVISION_TYPE = "delegation";
    private static final String BILATERAL_REVISION_TYPE = "bilateral";

    private final Delegations delegations;
    private final BilateralMeetings bilaterals;
    private final Meetings meetings;
    private final Organisation organisation;
    private final PersonDirectory people;
    private final Revisions revisions;
    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Clock clock;

    DelegationRegister(Delegations delegations, BilateralMeetings bilaterals, Meetings meetings, Organisation organisation,
                       PersonDirectory people, Revisions revisions, JdbcClient jdbc, AccessPolicy access, Clock clock) {
        this.delegations = delegations;
        this.bilaterals = bilaterals;
        this.meetings = meetings;
        this.organisation = organisation;
        this.people = people;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DelegationDetails> at(MeetingId meeting) {
        List<Delegation> found = delegations.findByMeetingId(meeting);
        Map<PersonId, PersonDetails> named = people.findAll(personIds(found));
        return found.stream().map(d -> details(d, named))
                .sorted(Comparator.comparing(d -> organisation.findParty(d.party()).map(p -> p.name().en()).orElse(d.party().value())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<DelegationDetails> find(DelegationId id) {
        return delegations.findById(id).map(d -> details(d, people.findAll(personIds(List.of(d)))));
    }

    @Transactional
    public DelegationDetails register(RegisterDelegation command) {
        Meeting meeting = meetings.findById(command.meeting()).orElseThrow(() -> new NotFound("meeting", command.meeting()));
        access.require(access.mayComposeDelegation(access.actor(), command.party(), meeting.dates().year()),
                "register the delegation of " + command.party());
        HeadOfDelegation head = check(meeting, command);
        if (delegations.findByMeetingIdAndPartyCode(command.meeting(), command.party().value()).isPresent()) {
            throw RuleViolation.of("party", "delegation.party.alreadyRegistered",
                    command.party() + " already has a delegation at this meeting", command.party());
        }
        Delegation delegation = Delegation.register(command.meeting(), command.party(), head, command.members(), clock.instant());
        try {
            return save(delegation, null);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of("party", "delegation.party.alreadyRegistered",
                    command.party() + " already has a delegation at this meeting", command.party());
        }
    }

    @Transactional
    public DelegationDetails recompose(DelegationId id, RegisterDelegation command, Long expectedVersion) {
        Delegation delegation = delegations.findById(id).orElseThrow(() -> new NotFound("delegation", id));
        Meeting held = meetings.findById(delegation.meeting()).orElseThrow(() -> new NotFound("meeting", delegation.meeting()));
        access.require(access.mayComposeDelegation(access.actor(), delegation.party(), held.dates().year()),
                "recompose the delegation of " + delegation.party());
        if (!delegation.meeting().equals(command.meeting()) || !delegation.party().equals(command.party())) {
            throw RuleViolation.of("party", "delegation.identity.fixed", "A delegation keeps its meeting and party");
        }
        if (expectedVersion == null) {
            throw RuleViolation.of("version", "edit.version.required", "Say which version of the delegation you edited");
        }
        Meeting meeting = meetings.findById(command.meeting()).orElseThrow(() -> new NotFound("meeting", command.meeting()));
        revisions.checkVersion(REVISION_TYPE, id, expectedVersion, delegation.version(),
                fields(details(delegation, people.findAll(personIds(List.of(delegation))))));
        HeadOfDelegation head = check(meeting, command);
        delegation.compose(head, command.members(), clock.instant());
        return save(delegation, expectedVersion);
    }

    @Transactional(readOnly = true)
    public List<BilateralDetails> bilateralsAt(MeetingId meeting) {
        List<BilateralMeeting> found = bilaterals.findByMeetingId(meeting);
        Set<PersonId> ids = new HashSet<>();
        found.forEach(b -> {
            if (b.person() != null) ids.add(b.person());
            if (b.counterpartPerson() != null) ids.add(b.counterpartPerson());
        });
        Map<PersonId, PersonDetails> named = people.findAll(ids);
        return found.stream()
                .map(b -> new BilateralDetails(b.id(), b.meeting(), b.heldOn(), b.party(), b.person(), name(named, b.person()),
                        b.counterpartParty(), b.counterpartPerson(), name(named, b.counterpartPerson()), b.subject()))
                .sorted(Comparator.comparing(BilateralDetails::heldOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(b -> b.counterpartParty().value()))
                .toList();
    }

    @Transactional
    public BilateralDetails recordBilateral(RecordBilateralMeeting command) {
        Meeting meeting = meetings.findById(command.meeting()).orElseThrow(() -> new NotFound("meeting", command.meeting()));
        access.require(access.mayRecordBilateral(access.actor(), command.party(), command.counterpartParty(), meeting.dates().year()),
                "record bilateral meetings of " + command.party());
        var problems = new RuleViolation.Collector();
        problems.check(organisation.findParty(command.party()).isPresent(), "party", "bilateral.party.unknown",
                "There is no party " + command.party(), command.party());
        problems.check(organisation.findParty(command.counterpartParty()).isPresent(), "counterpartParty", "bilateral.party.unknown",
                "There is no party " + command.counterpartParty(), command.counterpartParty());
        problems.check(command.heldOn() == null || meeting.dates().contains(command.heldOn()), "heldOn", "bilateral.date.outside",
                "A meeting on the sidelines takes place while the meeting runs (" + meeting.dates().startDate() + " – "
                        + meeting.dates().endDate() + ")", meeting.dates().startDate(), meeting.dates().endDate());
        checkPerson(command.person(), "person", problems);
        checkPerson(command.counterpartPerson(), "counterpartPerson", problems);
        problems.throwIfAny();
        BilateralMeeting saved = bilaterals.save(BilateralMeeting.record(command, clock.instant()));
        BilateralDetails details = bilateralsAt(saved.meeting()).stream().filter(b -> b.id().equals(saved.id())).findFirst().orElseThrow();
        revisions.record(BILATERAL_REVISION_TYPE, saved.id(), saved.version(), fields(details));
        return details;
    }

    /** Every delegation a person led or sat in, newest first. */
    @Transactional(readOnly = true)
    public List<Appearance> appearancesOf(PersonId person) {
        return jdbc.sql("""
                        select d.id, d.meeting_id, d.party_code, d.head_person = ? as led, d.head_capacity,
                               d.head_title_en, d.head_title_vi, dm.role_en, dm.role_vi
                        from delegation d join meeting m on m.id = d.meeting_id
                        left join delegation_member dm on dm.delegation_id = d.id and dm.person_id = ?
                        where d.head_person = ? or dm.person_id is not null
                        order by m.start_date desc""")
                .params(person.value(), person.value(), person.value())
                .query((rs, n) -> new Appearance(new DelegationId(rs.getObject("id", UUID.class)),
                        new MeetingId(rs.getObject("meeting_id", UUID.class)), new PartyCode(rs.getString("party_code")),
                        rs.getBoolean("led"),
                        rs.getString("head_capacity") == null ? null : LeadCapacity.valueOf(rs.getString("head_capacity")),
                        rs.getBoolean("led") ? LocalizedText.optional(rs.getString("head_title_en"), rs.getString("head_title_vi"))
                                : LocalizedText.optional(rs.getString("role_en"), rs.getString("role_vi"))))
                .list();
    }

    /** The heads who led a party's delegations, with the meetings, newest first. */
    @Transactional(readOnly = true)
    public List<DelegationDetails> ofParty(PartyCode party, int limit) {
        List<Delegation> found = jdbc.sql("""
                        select d.id from delegation d join meeting m on m.id = d.meeting_id
                        where d.party_code = ? order by m.start_date desc limit ?""")
                .params(party.value(), limit)
                .query((rs, n) -> new DelegationId(rs.getObject("id", UUID.class))).list()
                .stream().map(id -> delegations.findById(id).orElseThrow()).toList();
        Map<PersonId, PersonDetails> named = people.findAll(personIds(found));
        return found.stream().map(d -> details(d, named)).toList();
    }

    public record Appearance(DelegationId delegation, MeetingId meeting, PartyCode party, boolean led, LeadCapacity capacity,
                             LocalizedText title) {
    }

    private HeadOfDelegation check(Meeting meeting, RegisterDelegation command) {
        var problems = new RuleViolation.Collector();
        LocalDate date = meeting.dates().startDate();
        if (organisation.findParty(command.party()).isEmpty()) {
            problems.add("party", "delegation.party.unknown", "There is no party " + command.party(), command.party());
        } else if (organisation.seatAt(meeting.framework(), command.party(), date).isEmpty()) {
            problems.add("party", "delegation.party.notAtTable",
                    command.party() + " does not sit at the " + meeting.framework() + " table on " + date,
                    command.party(), meeting.framework(), date);
        }
        HeadOfDelegation head = command.head();
        if (head != null) {
            Optional<PersonDetails> person = checkPerson(head.person(), "head", problems);
            checkPerson(head.authorisedBy(), "authorisedBy", problems);
            if (head.title() == null && person.isPresent()) {
                LocalizedText title = person.get().titleAt(date).orElse(null);
                head = new HeadOfDelegation(head.person(), title, head.capacity(), head.authorisedBy());
            }
        }
        for (int i = 0; i < command.members().size(); i++) {
            checkPerson(command.members().get(i).personId(), "members[" + i + "]", problems);
        }
        problems.throwIfAny();
        return head;
    }

    private Optional<PersonDetails> checkPerson(PersonId id, String field, RuleViolation.Collector problems) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<PersonDetails> person = people.find(id);
        problems.check(person.isPresent(), field, "delegation.person.unknown", "There is no person " + id + " on record", id);
        return person;
    }

    private DelegationDetails save(Delegation delegation, Long expectedVersion) {
        Delegation saved;
        try {
            saved = delegations.save(delegation);
        } catch (OptimisticLockingFailureException e) {
            Delegation current = delegations.findById(delegation.id()).orElseThrow();
            DelegationDetails now = details(current, people.findAll(personIds(List.of(current))));
            throw new EditConflict(REVISION_TYPE, expectedVersion == null ? -1 : expectedVersion, current.version(),
                    revisions.changes(REVISION_TYPE, delegation.id(), expectedVersion == null ? -1 : expectedVersion, fields(now)));
        }
        DelegationDetails details = details(saved, people.findAll(personIds(List.of(saved))));
        revisions.record(REVISION_TYPE, saved.id(), saved.version(), fields(details));
        return details;
    }

    private static Set<PersonId> personIds(List<Delegation> found) {
        Set<PersonId> ids = new HashSet<>();
        for (Delegation d : found) {
            if (d.head() != null) {
                if (d.head().person() != null) {
                    ids.add(d.head().person());
                }
                if (d.head().authorisedBy() != null) {
                    ids.add(d.head().authorisedBy());
                }
            }
            d.members().forEach(m -> ids.add(m.personId()));
        }
        return ids;
    }

    private static DelegationDetails details(Delegation d, Map<PersonId, PersonDetails> named) {
        HeadOfDelegation head = d.head();
        return new DelegationDetails(d.id(), d.meeting(), d.party(), head,
                head == null || head.person() == null ? null : name(named, head.person()),
                head == null ? null : name(named, head.authorisedBy()),
                d.members().stream().map(m -> new DelegationDetails.Member(m.personId(), name(named, m.personId()), m.role())).toList(),
                d.version());
    }

    private static String name(Map<PersonId, PersonDetails> named, PersonId id) {
        return id == null || !named.containsKey(id) ? null : named.get(id).name();
    }

    private static Map<String, String> fields(BilateralDetails b) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("meeting", b.meeting().toString());
        fields.put("heldOn", b.heldOn() == null ? null : b.heldOn().toString());
        fields.put("party", b.party().value());
        fields.put("person", b.personName());
        fields.put("counterpartParty", b.counterpartParty().value());
        fields.put("counterpartPerson", b.counterpartName());
        fields.put("subject", b.subject() == null ? null : b.subject().en() + (b.subject().vi() == null ? "" : " / " + b.subject().vi()));
        return fields;
    }

    private static Map<String, String> fields(DelegationDetails d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("head", d.headName());
        fields.put("headTitle", d.head() == null || d.head().title() == null ? null : d.head().title().en());
        fields.put("capacity", d.head() == null ? null : d.head().capacity().name());
        fields.put("authorisedBy", d.authorisedByName());
        for (int i = 0; i < d.members().size(); i++) {
            fields.put("members[" + i + "]", d.members().get(i).name());
        }
        return fields;
    }
}
