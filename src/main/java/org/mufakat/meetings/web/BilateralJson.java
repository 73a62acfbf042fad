package org.mufakat.meetings.web;

import org.mufakat.meetings.BilateralDetails;
import org.mufakat.platform.web.Bilingual;

import java.time.LocalDate;
import java.util.UUID;

/** A bilateral meeting of two parties' heads on the sidelines of a meeting; {@code heldOn} null when not known. */
record BilateralJson(UUID id, UUID meeting, LocalDate heldOn, String party, UUID person, String personName,
                     String counterpartParty, UUID counterpartPerson, String counterpartName, Bilingual subject) {

    static BilateralJson of(BilateralDetails bilateral) {
        return new BilateralJson(bilateral.id().value(), bilateral.meeting().value(), bilateral.heldOn(), bilateral.party().value(),
                bilateral.person() == null ? null : bilateral.person().value(), bilateral.personName(),
                bilateral.counterpartParty().value(),
                bilateral.counterpartPerson() == null ? null : bilateral.counterpartPerson().value(), bilateral.counterpartName(),
                Bilingual.of(bilateral.subject()));
    }
}
