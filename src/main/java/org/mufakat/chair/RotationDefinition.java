package org.mufakat.chair;

import org.mufakat.organisation.OrganisationDefinitionImported;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Stores the "rotation" section of a newly imported organisation definition. */
@Component
class RotationDefinition {

    private final RotationRules rules;

    RotationDefinition(RotationRules rules) {
        this.rules = rules;
    }

    record Section(String order, Anchor anchor, List<Decision> decisions) {
    }

    record Anchor(int year, String chair) {
    }

    record Decision(RotationDecision.Kind kind, int year, Integer otherYear, String party, LocalizedText note) {
    }

    @EventListener
    void on(OrganisationDefinitionImported imported) {
        imported.definition().section("rotation", Section.class).ifPresent(section -> {
            if (!"ENGLISH_NAME".equals(section.order())) {
                throw new IllegalStateException("Unsupported rotation order " + section.order());
            }
            List<RotationDecision> decisions = section.decisions() == null ? List.of() : section.decisions().stream()
                    .map(d -> new RotationDecision(d.kind(), d.year(), d.otherYear(),
                            d.party() == null ? null : PartyCode.of(d.party()), d.note()))
                    .toList();
            rules.replace(imported.definition().organisationCode(), section.anchor().year(),
                    PartyCode.of(section.anchor().chair()), decisions);
        });
    }
}
