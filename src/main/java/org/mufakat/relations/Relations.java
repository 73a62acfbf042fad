package org.mufakat.relations;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The dialogue relations, each saved whole with its levels; a stale version is refused. */
@Repository
class Relations {

    private final JdbcClient jdbc;

    Relations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DialogueRelation> find(PartyCode partner) {
        return jdbc.sql("select version from dialogue_relation where partner_code = ?").param(partner.value())
                .query(Long.class).optional()
                .map(version -> new DialogueRelation(partner, levels().getOrDefault(partner, List.of()), version));
    }

    List<DialogueRelation> all() {
        Map<PartyCode, List<DatedLevel>> levels = levels();
        return jdbc.sql("select partner_code, version from dialogue_relation order by partner_code")
                .query((rs, n) -> new DialogueRelation(new PartyCode(rs.getString(1)),
                        levels.getOrDefault(new PartyCode(rs.getString(1)), List.of()), rs.getLong(2)))
                .list();
    }

    /** Saves the relation as the next version of the one loaded; answers the new version. */
    long save(DialogueRelation relation) {
        long next = relation.version() + 1;
        int updated = relation.version() == 0
                ? jdbc.sql("insert into dialogue_relation (partner_code, version) values (?, 1) on conflict do nothing")
                        .param(relation.partner().value()).update()
                : jdbc.sql("update dialogue_relation set version = ? where partner_code = ? and version = ?")
                        .params(next, relation.partner().value(), relation.version()).update();
        if (updated != 1) {
            throw new EditConflict("relation", relation.version(), -1, List.of());
        }
        jdbc.sql("delete from relation_level where partner_code = ?").param(relation.partner().value()).update();
        for (DatedLevel level : relation.levels()) {
            jdbc.sql("insert into relation_level (partner_code, level, since, source) values (?, ?, ?, ?)")
                    .params(relation.partner().value(), level.level().name(), Date.valueOf(level.since()), level.source())
                    .update();
        }
        return next;
    }

    private Map<PartyCode, List<DatedLevel>> levels() {
        return jdbc.sql("select partner_code, level, since, source from relation_level order by since")
                .query((rs, n) -> Map.entry(new PartyCode(rs.getString(1)), new DatedLevel(PartnershipLevel.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getString(4))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
