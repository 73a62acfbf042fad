package org.mufakat.documents;

import org.mufakat.organisation.PartyCode;

import java.time.Instant;

/** An amendment as proposed by a state, and how it was settled. */
public record AmendmentView(AmendmentId id, DocumentId document, PartyCode party, int baseVersion, String paragraph,
                            String paragraphText, AmendmentOperation operation, String proposedText, String reason,
                            AmendmentStatus status, String proposedBy, Instant proposedAt, String settledBy, Instant settledAt,
                            Integer appliedInVersion, long version) {
}
