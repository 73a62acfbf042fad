package org.mufakat.chair;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The rotation rule of each organisation: its anchor and recorded decisions. */
@Repository
class RotationRules {

    private final JdbcClient jdbc;

    RotationRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String organisation, int anchorYear, PartyCode anchorChair, List<RotationDecision> decisions) {
        jdbc.sql("delete from rotation_decision where organisation_code = ?").param(organisation).update();
        jdbc.sql("""
                        insert into rotation_rule (organisation_code, order_kind, anchor_year, anchor_party)
                        values (?, 'ENGLISH_NAME', ?, ?)
                        on conflict (organisation_code) do update set anchor_year = excluded.anchor_year,
                            anchor_party = excluded.anchor_party""")
                .params(organisation, anchorYear, anchorChair.value())
                .update();
        for (RotationDecision decision : decisions) {
            jdbc.sql("""
                            insert into rotation_decision (organisation_code, kind, year, other_year, party_code, note_en, note_vi)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(organisation, decision.kind().name(), decision.year(), decision.otherYear(),
                            decision.party() == null ? null : decision.party().value(), decision.note().en(), decision.note().vi())
                    .update();
        }
    }

    Optional<RotationRule> find(String organisation) {
        List<RotationDecision> decisions = jdbc.sql("select * from rotation_decision where organisation_code = ? order by year, id")
                .param(organisation)
                .query((rs, n) -> new RotationDecision(RotationDecision.Kind.valueOf(rs.getString("kind")), rs.getInt("year"),
                        (Integer) rs.getObject("other_year"),
                        rs.getString("party_code") == null ? null : new PartyCode(rs.getString("party_code")),
                        new LocalizedText(rs.getString("note_en"), rs.getString("note_vi"))))
                .list();
        return jdbc.sql("select anchor_year, anchor_party from rotation_rule where organisation_code = ?")
                .param(organisation)
                .query((rs, n) -> new RotationRule(rs.getInt("anchor_year"), new PartyCode(rs.getString("anchor_party")), decisions))
                .optional();
    }
}
