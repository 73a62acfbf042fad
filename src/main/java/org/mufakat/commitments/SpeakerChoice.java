package org.mufakat.commitments;

import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;

/** Someone of a party's delegation at a meeting who may have made its statement; {@code head} leads the delegation. */
public record SpeakerChoice(PartyCode party, PersonId person, String name, boolean head) {
}
