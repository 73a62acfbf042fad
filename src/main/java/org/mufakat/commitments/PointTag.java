package org.mufakat.commitments;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** What one point of a statement (by its position) addresses: a standing issue, an initiative, or a plan's area. */
@Table("intervention_tag")
record PointTag(int point, IssueId standingIssueId, InitiativeId initiativeId, @Column("plan_of_action_id") PlanId planId,
                Integer areaNumber) {
}
