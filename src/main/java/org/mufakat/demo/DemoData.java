package org.mufakat.demo;

import org.mufakat.access.AccountDirectory;
import org.mufakat.access.Grant;
import org.mufakat.access.OpenAccount;
import org.mufakat.access.Username;
import org.mufakat.chair.Chairmanship;
import org.mufakat.chair.Initiative;
import org.mufakat.chair.Priority;
import org.mufakat.chair.RecordChairYear;
import org.mufakat.demo.DemoDataFile.MeetingEntry;
import org.mufakat.meetings.BundleId;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.HeadOfDelegation;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.Ordinals;
import org.mufakat.meetings.RecordBilateralMeeting;
import org.mufakat.meetings.RegisterDelegation;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.DatedTitle;
import org.mufakat.people.PersonDirectory;
import org.mufakat.people.PersonId;
import org.mufakat.people.PersonName;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the demo records (chair years, people, meetings, delegations) and the demo accounts, each part once per
 * database (see {@link DemoParts} for when and how).
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Resource file;
    private final Chairmanship chairmanship;
    private final PersonDirectory people;
    private final MeetingCalendar calendar;
    private final DelegationRegister delegations;
    private final AccountDirectory accounts;
    private final DemoParts parts;

    DemoData(@Value("${mufakat.demo-data.file:classpath:demo/asean-demo.yaml}") Resource file,
             Chairmanship chairmanship,
             PersonDirectory people, MeetingCalendar calendar, DelegationRegister delegations, AccountDirectory accounts,
             DemoParts parts) {
        this.file = file;
        this.chairmanship = chairmanship;
        this.people = people;
        this.calendar = calendar;
        this.delegations = delegations;
        this.accounts = accounts;
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (parts.wanted()) {
            loadOnce();
        }
    }

    void loadOnce() {
        DemoDataFile data = read();
        parts.loadOnce("records", data.version(), () -> {
            load(data);
            log.info("Loaded demo data version {}: {} chair years, {} people, {} meetings, {} delegations",
                    data.version(), data.chairYears().size(), data.people().size(), data.meetings().size(), data.delegations().size());
        });
        parts.loadOnce("accounts", data.version(), () -> {
            for (var account : data.accounts()) {
                accounts.open(new OpenAccount(new Username(account.username()), account.name(), account.password(),
                        account.grants().stream().map(Grant::parse).toList()));
            }
            log.warn("Created {} DEMO accounts with published passwords (see README): never use them outside the demo",
                    data.accounts().size());
        });
    }

    private void load(DemoDataFile data) {
        for (var year : data.chairYears()) {
            List<Priority> priorities = year.priorities() == null ? List.of()
                    : year.priorities().stream().map(p -> new Priority(p.cluster(), p.text())).toList();
            List<Initiative> initiatives = year.initiatives() == null ? List.of()
                    : year.initiatives().stream().map(i -> new Initiative(i.title(), i.description())).toList();
            chairmanship.record(new RecordChairYear(year.year(), PartyCode.of(year.chair()), year.theme(), priorities, initiatives, null));
        }
        Map<String, PersonId> personKeys = new HashMap<>();
        for (var person : data.people()) {
            List<DatedTitle> titles = person.titles() == null ? List.of()
                    : person.titles().stream().map(t -> new DatedTitle(new Period(t.from(), t.to()), t.title())).toList();
            personKeys.put(person.key(), people.register(new RegisterPerson(null, new PersonName(person.name()),
                    person.party() == null ? null : PartyCode.of(person.party()), titles, null)).id());
        }
        Map<String, BundleId> bundleKeys = new HashMap<>();
        for (var bundle : data.bundles()) {
            bundleKeys.put(bundle.key(), calendar.nameBundle(bundle.title()).id());
        }
        Map<String, MeetingId> meetingKeys = new HashMap<>();
        // Later meetings first, so that each meeting can name the ones it prepares.
        List<MeetingEntry> latestFirst = new ArrayList<>(data.meetings());
        latestFirst.sort((a, b) -> b.start().compareTo(a.start()));
        for (MeetingEntry entry : latestFirst) {
            Set<MeetingId> prepares = entry.prepares() == null ? Set.of()
                    : entry.prepares().stream().map(key -> require(meetingKeys, key, "meeting")).collect(Collectors.toSet());
            MeetingPlan plan = new MeetingPlan(new SeriesCode(entry.series()),
                    entry.framework() == null ? null : FrameworkCode.of(entry.framework()), Ordinals.parse(entry.ordinals()), null,
                    new MeetingDates(entry.start(), entry.end()), null, entry.format(), entry.city(), entry.country(),
                    entry.venue(), null, entry.status(), entry.bundle() == null ? null : require(bundleKeys, entry.bundle(), "bundle"),
                    prepares);
            meetingKeys.put(entry.key(), calendar.schedule(plan).id());
        }
        for (var entry : data.delegations()) {
            HeadOfDelegation head = entry.head() == null && entry.headTitle() == null ? null : new HeadOfDelegation(
                    entry.head() == null ? null : require(personKeys, entry.head(), "person"),
                    entry.headTitle(), entry.capacity(), entry.authorisedBy() == null ? null : require(personKeys, entry.authorisedBy(), "person"));
            delegations.register(new RegisterDelegation(require(meetingKeys, entry.meeting(), "meeting"), PartyCode.of(entry.party()), head, List.of()));
        }
        for (var entry : data.bilaterals()) {
            delegations.recordBilateral(new RecordBilateralMeeting(require(meetingKeys, entry.meeting(), "meeting"), entry.heldOn(),
                    PartyCode.of(entry.party()), entry.person() == null ? null : require(personKeys, entry.person(), "person"),
                    PartyCode.of(entry.counterpart()),
                    entry.counterpartPerson() == null ? null : require(personKeys, entry.counterpartPerson(), "person"), entry.subject()));
        }
    }

    private static <T> T require(Map<String, T> keys, String key, String what) {
        T value = keys.get(key);
        if (value == null) {
            throw new IllegalStateException("The demo data names an unknown " + what + " '" + key + "'");
        }
        return value;
    }

    private DemoDataFile read() {
        try (var in = file.getInputStream()) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoDataFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + file, e);
        }
    }
}
