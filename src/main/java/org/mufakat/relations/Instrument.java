package org.mufakat.relations;

import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;

/** A legal instrument of the organisation the candidate is to accede to; {@code accededOn} null while it has not (or is not known to). */
public record Instrument(LocalizedText title, LocalDate accededOn) {
}
