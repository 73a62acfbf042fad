package org.mufakat.commitments;

import java.util.List;

/** What a point of a statement may be tagged to: the standing issues, initiatives and plans' areas on record. */
public record TagChoices(List<InterventionView.IssueLabel> issues, List<InterventionView.InitiativeLabel> initiatives,
                         List<InterventionView.AreaLabel> areas) {
}
