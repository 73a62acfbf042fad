package org.mufakat.outputs;

import org.mufakat.meetings.MeetingId;
import org.mufakat.outputs.OutcomeList.Outcome;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where outcome lists get their rows: the documents module's decisions at a meeting, as far as the current reader
 * may see them. The documents module is not there yet, so a meeting has no recorded outcomes; this is the one
 * class that will ask its API (and the only one to change when it lands).
 */
@Component
class RecordedOutcomes {

    List<Outcome> of(MeetingId meeting) {
        return List.of();
    }
}
