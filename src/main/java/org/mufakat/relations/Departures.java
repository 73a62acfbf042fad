package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

/** Recorded departures from the rotation; the database refuses two for one partner on the same day. */
@Repository
class Departures {

    private final JdbcClient jdbc;

    Departures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Coordinatorship> all() {
        return jdbc.sql("select * from coordinatorship_departure order by partner_code, valid_from")
                .query((rs, n) -> new Coordinatorship(new PartyCode(rs.getString("partner_code")), new PartyCode(rs.getString("coordinator_code")),
                        new Period(rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate()),
                        Coordinatorship.Basis.DECISION, LocalizedText.optional(rs.getString("note_en"), rs.getString("note_vi"))))
                .list();
    }

    void insert(UUID id, RecordDeparture departure) {
        jdbc.sql("""
                        insert into coordinatorship_departure (id, partner_code, coordinator_code, valid_from, valid_to, note_en, note_vi, version)
                        values (?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(id, departure.partner().value(), departure.coordinator().value(), Date.valueOf(departure.from()),
                        Date.valueOf(departure.to()), departure.note() == null ? null : departure.note().en(),
                        departure.note() == null ? null : departure.note().vi())
                .update();
    }
}
