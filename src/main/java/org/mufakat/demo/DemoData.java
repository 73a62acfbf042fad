package org.mufakat.demo;

import org.mufakat.access.AccountDirectory;
import org.mufakat.access.CurrentActor;
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
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the demo data once per database: {@code mufakat.demo-data} is {@code auto} (only on the embedded
 * database), {@code always} or {@code never}. All of it or nothing, in one transaction.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Resource file;
    private final String mode;
    private final Environment environment;
    private final Chairmanship chairmanship;
    private final PersonDirectory people;
    private final MeetingCalendar calendar;
    private final DelegationRegister delegations;
    private final AccountDirectory accounts;
    private final CurrentActor actor;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(@Value("${mufakat.demo-data.file:classpath:demo/asean-demo.yaml}") Resource file,
             @Value("${mufakat.demo-data.mode:auto}") String mode, Environment environment, Chairmanship chairmanship,
             PersonDirectory people, MeetingCalendar calendar, DelegationRegister delegations, AccountDirectory accounts,
             CurrentActor actor, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.file = file;
        this.mode = mode;
        this.environment = environment;
        this.chairmanship = chairmanship;
        this.people = people;
        this.calendar = calendar;
        this.delegations = delegations;
        this.accounts = accounts;
        this.actor = actor;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = environment.getProperty("mufakat.embedded-postgres.active", Boolean.class, false);
        boolean wanted = switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> embedded;
        };
        if (wanted) {
            loadOnce();
        }
    }

    void loadOnce() {
        DemoDataFile data = read();
        actor.asSystem("demo-data", () -> {
            loadPartOnce("records", data, () -> {
                load(data);
                log.info("Loaded demo data version {}: {} chair years, {} people, {} meetings, {} delegations",
                        data.version(), data.chairYears().size(), data.people().size(), data.meetings().size(), data.delegations().size());
            });
            loadPartOnce("accounts", data, () -> {
                for (var account : data.accounts()) {
                    accounts.open(new OpenAccount(new Username(account.username()), account.name(), account.password(),
                            account.grants().stream().map(Grant::parse).toList()));
                }
                log.warn("Created {} DEMO accounts with published passwords (see README): never use them outside the demo",
                        data.accounts().size());
            });
        });
    }

    private void loadPartOnce(String part, DemoDataFile data, Runnable load) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("lock table demo_data_load in exclusive mode").update();
            boolean loaded = jdbc.sql("select count(*) from demo_data_load where part = ? and version = ?")
                    .params(part, data.version()).query(Integer.class).single() > 0;
            if (loaded) {
                return;
            }
            load.run();
            jdbc.sql("insert into demo_data_load (part, version, loaded_at) values (?, ?, ?)")
                    .params(part, data.version(), OffsetDateTime.now(clock)).update();
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
