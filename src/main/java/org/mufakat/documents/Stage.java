package org.mufakat.documents;

import org.mufakat.meetings.MeetingSummary;

import java.util.List;

/** A meeting on a document's path with what it decided, in order; {@code current} is the stage under way. */
public record Stage(MeetingSummary meeting, List<DecisionView> decisions, boolean current) {

    public Stage {
        decisions = List.copyOf(decisions);
    }
}
