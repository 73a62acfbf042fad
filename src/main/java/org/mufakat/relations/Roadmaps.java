package org.mufakat.relations;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The roadmaps, each saved whole with its criteria, instruments and reviews; a stale version is refused. */
@Repository
class Roadmaps {

    private final JdbcClient jdbc;

    Roadmaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Roadmap> all() {
        return jdbc.sql("select * from roadmap order by began_on, candidate_code").query((rs, n) -> roadmap(rs)).list();
    }

    Optional<Roadmap> find(RoadmapId id) {
        return jdbc.sql("select * from roadmap where id = ?").param(id.value()).query((rs, n) -> roadmap(rs)).optional();
    }

    Optional<Roadmap> findByCandidate(PartyCode candidate) {
        return jdbc.sql("select * from roadmap where candidate_code = ?").param(candidate.value()).query((rs, n) -> roadmap(rs)).optional();
    }

    /** Saves the roadmap as the next version of the one loaded; answers the new version. */
    long save(Roadmap roadmap) {
        long next = roadmap.version() + 1;
        int saved = roadmap.version() == 0
                ? jdbc.sql("""
                        insert into roadmap (id, candidate_code, title_en, title_vi, began_on, admitted_on, version)
                        values (?, ?, ?, ?, ?, ?, 1)""")
                .params(roadmap.id().value(), roadmap.candidate().value(), roadmap.title().en(), roadmap.title().vi(),
                        Date.valueOf(roadmap.beganOn()), date(roadmap.admittedOn())).update()
                : jdbc.sql("""
                        update roadmap set title_en = ?, title_vi = ?, began_on = ?, admitted_on = ?, version = ?
                        where id = ? and version = ?""")
                .params(roadmap.title().en(), roadmap.title().vi(), Date.valueOf(roadmap.beganOn()), date(roadmap.admittedOn()),
                        next, roadmap.id().value(), roadmap.version()).update();
        if (saved != 1) {
            throw new EditConflict("roadmap", roadmap.version(), -1, List.of());
        }
        UUID id = roadmap.id().value();
        for (String table : List.of("roadmap_criterion", "roadmap_instrument", "roadmap_review")) {
            jdbc.sql("delete from " + table + " where roadmap_id = ?").param(id).update();
        }
        for (int i = 0; i < roadmap.criteria().size(); i++) {
            Criterion c = roadmap.criteria().get(i);
            jdbc.sql("insert into roadmap_criterion (roadmap_id, position, title_en, title_vi, status, note_en, note_vi) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i, c.title().en(), c.title().vi(), c.status().name(), c.note() == null ? null : c.note().en(),
                            c.note() == null ? null : c.note().vi()).update();
        }
        for (int i = 0; i < roadmap.instruments().size(); i++) {
            Instrument instrument = roadmap.instruments().get(i);
            jdbc.sql("insert into roadmap_instrument (roadmap_id, position, title_en, title_vi, acceded_on) values (?, ?, ?, ?, ?)")
                    .params(id, i, instrument.title().en(), instrument.title().vi(), date(instrument.accededOn())).update();
        }
        for (Review review : roadmap.reviews()) {
            jdbc.sql("insert into roadmap_review (roadmap_id, meeting_id, note_en, note_vi) values (?, ?, ?, ?)")
                    .params(id, review.meeting().value(), review.note() == null ? null : review.note().en(),
                            review.note() == null ? null : review.note().vi()).update();
        }
        return next;
    }

    private Roadmap roadmap(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Criterion> criteria = jdbc.sql("select * from roadmap_criterion where roadmap_id = ? order by position").param(id)
                .query((c, n) -> new Criterion(new LocalizedText(c.getString("title_en"), c.getString("title_vi")),
                        CriterionStatus.valueOf(c.getString("status")), LocalizedText.optional(c.getString("note_en"), c.getString("note_vi"))))
                .list();
        List<Instrument> instruments = jdbc.sql("select * from roadmap_instrument where roadmap_id = ? order by position").param(id)
                .query((c, n) -> new Instrument(new LocalizedText(c.getString("title_en"), c.getString("title_vi")), localDate(c.getDate("acceded_on"))))
                .list();
        List<Review> reviews = jdbc.sql("select * from roadmap_review where roadmap_id = ?").param(id)
                .query((c, n) -> new Review(new MeetingId(c.getObject("meeting_id", UUID.class)),
                        LocalizedText.optional(c.getString("note_en"), c.getString("note_vi"))))
                .list();
        return new Roadmap(new RoadmapId(id), new PartyCode(rs.getString("candidate_code")),
                new LocalizedText(rs.getString("title_en"), rs.getString("title_vi")), rs.getDate("began_on").toLocalDate(),
                localDate(rs.getDate("admitted_on")), criteria, instruments, reviews, rs.getLong("version"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
