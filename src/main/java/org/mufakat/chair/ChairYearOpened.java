package org.mufakat.chair;

import org.mufakat.organisation.PartyCode;

/** A year's chair was recorded (or changed): the meetings of that year default to it. */
public record ChairYearOpened(int year, PartyCode chair) {
}
