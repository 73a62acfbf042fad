package org.mufakat.relations;

import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.PartyCode;

import java.util.List;

/**
 * Coordination at one meeting: the partner of an ASEAN+1 meeting and its coordinator at the meeting's date (the
 * default co-chair; null when unknown), and the handovers taking place at it.
 */
public record MeetingCoordination(MeetingId meeting, PartyCode partner, Coordinatorship coChair, List<Handover> handovers) {

    public MeetingCoordination {
        handovers = List.copyOf(handovers);
    }

    public boolean isEmpty() {
        return partner == null && handovers.isEmpty();
    }
}
