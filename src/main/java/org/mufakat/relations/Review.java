package org.mufakat.relations;

import org.mufakat.meetings.MeetingId;
import org.mufakat.platform.domain.LocalizedText;

/** A meeting that reviewed the roadmap (the ACCWG, a SOM ...), with what it concluded. */
public record Review(MeetingId meeting, LocalizedText note) {
}
