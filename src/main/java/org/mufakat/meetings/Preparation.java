package org.mufakat.meetings;

import org.springframework.data.relational.core.mapping.Table;

/** This meeting prepares another (a SOM prepares the AMM, which prepares the Summit). */
@Table("meeting_preparation")
record Preparation(MeetingId preparesId) {
}
