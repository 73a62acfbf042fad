package org.mufakat.demo;

import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.relations.Criterion;
import org.mufakat.relations.CriterionStatus;
import org.mufakat.relations.DialogueRelations;
import org.mufakat.relations.Instrument;
import org.mufakat.relations.MembershipRoadmaps;
import org.mufakat.relations.PartnershipLevel;
import org.mufakat.relations.RecordLevel;
import org.mufakat.relations.RecordRoadmap;
import org.mufakat.relations.Review;
import org.mufakat.relations.RoadmapView;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Loads the relations part of the demo data (dialogue relations' levels, Timor-Leste's roadmap and admission) once,
 * after the meetings it refers to, through the relations module's API.
 */
@Component
@Order(120)
class DemoRelations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRelations.class);
    private static final String PART = "relations";

    record File(int version, List<RelationEntry> relations, List<RoadmapEntry> roadmaps) {

        File {
            relations = relations == null ? List.of() : relations;
            roadmaps = roadmaps == null ? List.of() : roadmaps;
        }
    }

    record RelationEntry(String partner, List<LevelEntry> levels) {
    }

    record LevelEntry(PartnershipLevel level, LocalDate since, String source) {
    }

    record RoadmapEntry(String candidate, LocalizedText title, LocalDate beganOn, List<CriterionEntry> criteria,
                        List<InstrumentEntry> instruments, List<ReviewEntry> reviews, LocalDate admittedOn) {
    }

    record CriterionEntry(LocalizedText title, CriterionStatus status, LocalizedText note) {
    }

    record InstrumentEntry(LocalizedText title, LocalDate accededOn) {
    }

    /** A meeting named by its series and first day, as the demo meetings are keyed only inside their own file. */
    record ReviewEntry(String series, LocalDate on, LocalizedText note) {
    }

    private final Resource file;
    private final String mode;
    private final Environment environment;
    private final DialogueRelations relations;
    private final MembershipRoadmaps roadmaps;
    private final MeetingCalendar calendar;
    private final CurrentActor actor;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoRelations(@Value("${mufakat.demo-data.relations-file:classpath:demo/relations-demo.yaml}") Resource file,
                  @Value("${mufakat.demo-data.mode:auto}") String mode, Environment environment, DialogueRelations relations,
                  MembershipRoadmaps roadmaps, MeetingCalendar calendar, CurrentActor actor, JdbcClient jdbc,
                  TransactionTemplate transaction, Clock clock) {
        this.file = file;
        this.mode = mode;
        this.environment = environment;
        this.relations = relations;
        this.roadmaps = roadmaps;
        this.calendar = calendar;
        this.actor = actor;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = environment.getProperty("mufakat.embedded-postgres.active", Boolean.class, false);
        if ("always".equals(mode) || ("auto".equals(mode) && embedded)) {
            loadOnce();
        }
    }

    void loadOnce() {
        File data = read();
        actor.asSystem("demo-data", () -> transaction.executeWithoutResult(status -> {
            jdbc.sql("lock table demo_data_load in exclusive mode").update();
            boolean loaded = jdbc.sql("select count(*) from demo_data_load where part = ? and version = ?")
                    .params(PART, data.version()).query(Integer.class).single() > 0;
            if (loaded) {
                return;
            }
            load(data);
            jdbc.sql("insert into demo_data_load (part, version, loaded_at) values (?, ?, ?)")
                    .params(PART, data.version(), OffsetDateTime.now(clock)).update();
            log.info("Loaded demo relations version {}: {} relations, {} roadmaps", data.version(), data.relations().size(),
                    data.roadmaps().size());
        }));
    }

    private void load(File data) {
        for (RelationEntry entry : data.relations()) {
            for (LevelEntry level : entry.levels()) {
                relations.recordLevel(new RecordLevel(PartyCode.of(entry.partner()), level.level(), level.since(), level.source(), null));
            }
        }
        for (RoadmapEntry entry : data.roadmaps()) {
            RoadmapView roadmap = roadmaps.open(new RecordRoadmap(PartyCode.of(entry.candidate()), entry.title(), entry.beganOn(),
                    entry.criteria() == null ? List.of() : entry.criteria().stream().map(c -> new Criterion(c.title(), c.status(), c.note())).toList(),
                    entry.instruments() == null ? List.of() : entry.instruments().stream().map(i -> new Instrument(i.title(), i.accededOn())).toList(),
                    entry.reviews() == null ? List.of() : entry.reviews().stream().map(r -> new Review(meeting(r).id(), r.note())).toList()));
            if (entry.admittedOn() != null) {
                roadmaps.admit(roadmap.id(), entry.admittedOn());
            }
        }
    }

    private MeetingSummary meeting(ReviewEntry review) {
        return calendar.meetings(new MeetingFilter(review.on(), review.on(), null, null, null, null, 0, 50)).meetings().stream()
                .filter(m -> m.series().value().equals(review.series()) && m.dates().startDate().equals(review.on()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The relations demo data names an unknown meeting " + review.series() + " " + review.on()));
    }

    private File read() {
        try (var in = file.getInputStream()) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the relations demo data " + file, e);
        }
    }
}
