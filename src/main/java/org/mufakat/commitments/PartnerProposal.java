package org.mufakat.commitments;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A partner's proposal of cooperation under one area of a plan, in a year. */
@Table("plan_proposal")
public record PartnerProposal(PartyCode partyCode, int areaNumber, int year, @Embedded.Empty(prefix = "title_") LocalizedText title) {

    public PartnerProposal {
        if (partyCode == null || title == null) {
            throw new IllegalArgumentException("A proposal needs its party and a title");
        }
    }
}
