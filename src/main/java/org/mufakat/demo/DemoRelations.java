package org.mufakat.demo;

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
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
    private final DialogueRelations relations;
    private final MembershipRoadmaps roadmaps;
    private final MeetingCalendar calendar;
    private final DemoParts parts;

    DemoRelations(@Value("${mufakat.demo-data.relations-file:classpath:demo/relations-demo.yaml}") Resource file,
                  DialogueRelations relations,
                  MembershipRoadmaps roadmaps, MeetingCalendar calendar, DemoParts parts) {
        this.file = file;
        this.relations = relations;
        this.roadmaps = roadmaps;
        this.calendar = calendar;
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (parts.wanted()) {
            loadOnce();
        }
    }

    void loadOnce() {
        File data = read();
        parts.loadOnce(PART, data.version(), () -> {
            load(data);
            log.info("Loaded demo relations version {}: {} relations, {} roadmaps", data.version(), data.relations().size(),
                    data.roadmaps().size());
        });
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
