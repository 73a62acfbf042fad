package org.mufakat.relations;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Relations' levels and anniversaries, from the demo data (what the sources date) and levels recorded here. */
@AsRecordKeeper
@SpringBootTest
class DialogueRelationsTests {

    @Autowired
    DialogueRelations relations;

    @Test
    void marks35YearsOfAseanKoreaRelationsIn2024And50YearsWithJapanIn2023() {
        assertThat(relations.anniversariesIn(2024)).filteredOn(a -> a.partner().value().equals("KOR"))
                .singleElement().satisfies(a -> assertThat(a.years()).isEqualTo(35));
        assertThat(relations.anniversariesIn(2023)).filteredOn(a -> a.partner().value().equals("JPN"))
                .singleElement().satisfies(a -> assertThat(a.years()).isEqualTo(50));
        assertThat(relations.anniversariesIn(2025)).extracting(a -> a.partner().value()).doesNotContain("KOR", "JPN");
    }

    @Test
    void countsFromTheStartOfTheDialogueRelationsNotTheFullPartnership() {
        RelationView korea = relations.relation(PartyCode.of("KOR"));
        assertThat(korea.startedOn()).isEqualTo(LocalDate.of(1989, 11, 1));
        assertThat(korea.levelAt(LocalDate.of(1990, 1, 1))).hasValueSatisfying(l -> assertThat(l.level()).isEqualTo(PartnershipLevel.DIALOGUE_RELATIONS));
        assertThat(korea.levelAt(LocalDate.of(1992, 1, 1))).hasValueSatisfying(l -> assertThat(l.level()).isEqualTo(PartnershipLevel.DIALOGUE_PARTNERSHIP));
        assertThat(relations.nextAnniversary(korea, 2025)).hasValueSatisfying(a -> {
            assertThat(a.years()).isEqualTo(40);
            assertThat(a.year()).isEqualTo(2029);
        });
    }

    @Test
    void listsEveryDialoguePartnerAndOnlyThem() {
        assertThat(relations.all()).extracting(r -> r.partner().value())
                .containsExactlyInAnyOrder("AUS", "CAN", "CHN", "EU", "IND", "JPN", "KOR", "NZL", "RUS", "GBR", "USA");
    }

    @Test
    void recordsAHigherLevelAndMakesItTheCurrentOneFromItsDate() {
        RelationView before = relations.relation(PartyCode.of("USA"));
        RelationView after = relations.recordLevel(new RecordLevel(PartyCode.of("USA"), PartnershipLevel.STRATEGIC_PARTNERSHIP,
                LocalDate.of(2060, 1, 1), "test", before.version()));

        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.levelAt(LocalDate.of(2059, 12, 31))).hasValueSatisfying(l -> assertThat(l.level()).isEqualTo(PartnershipLevel.DIALOGUE_PARTNERSHIP));
        assertThat(after.levelAt(LocalDate.of(2060, 1, 1))).hasValueSatisfying(l -> assertThat(l.level()).isEqualTo(PartnershipLevel.STRATEGIC_PARTNERSHIP));
    }

    @Test
    void refusesAHigherLevelBeforeALowerOneAndSavesNothing() {
        RelationView before = relations.relation(PartyCode.of("NZL"));

        assertThatThrownBy(() -> relations.recordLevel(new RecordLevel(PartyCode.of("NZL"), PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
                LocalDate.of(1970, 1, 1), null, before.version())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("before the lower level it reached on 1975-01-01");

        assertThat(relations.relation(PartyCode.of("NZL"))).isEqualTo(before);
    }

    @Test
    void refusesARecordingBasedOnAStaleVersion() {
        RelationView loaded = relations.relation(PartyCode.of("CAN"));
        relations.recordLevel(new RecordLevel(PartyCode.of("CAN"), PartnershipLevel.STRATEGIC_PARTNERSHIP, LocalDate.of(2061, 1, 1), null, loaded.version()));

        assertThatThrownBy(() -> relations.recordLevel(new RecordLevel(PartyCode.of("CAN"), PartnershipLevel.STRATEGIC_PARTNERSHIP,
                LocalDate.of(2062, 1, 1), null, loaded.version())))
                .isInstanceOf(EditConflict.class);
        assertThat(relations.relation(PartyCode.of("CAN")).levelAt(LocalDate.of(2061, 6, 1)))
                .hasValueSatisfying(l -> assertThat(l.level()).isEqualTo(PartnershipLevel.STRATEGIC_PARTNERSHIP));
    }

    @Test
    void refusesALevelForAPartyThatIsNoDialoguePartner() {
        assertThatThrownBy(() -> relations.recordLevel(new RecordLevel(PartyCode.of("VNM"), PartnershipLevel.DIALOGUE_RELATIONS,
                LocalDate.of(2000, 1, 1), null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not a dialogue partner");
    }
}
