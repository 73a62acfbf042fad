package org.mufakat.organisation.web;

import org.mufakat.organisation.Framework;
import org.mufakat.platform.web.Bilingual;

/**
 * @param family         frameworks of one kind share it ("ASEAN+1")
 * @param partner        the dialogue partner of an ASEAN+1 framework, else null
 * @param seatsMembers   whether the organisation's members sit at its table
 * @param seatsObservers whether the organisation's observers sit at its table
 */
record FrameworkJson(String code, String family, String partner, boolean seatsMembers, boolean seatsObservers, Bilingual name,
                     Bilingual shortName) {

    static FrameworkJson of(Framework framework) {
        return new FrameworkJson(framework.code().value(), framework.family(),
                framework.partner() == null ? null : framework.partner().value(), framework.seatsMembers(),
                framework.seatsObservers(), Bilingual.of(framework.name()), Bilingual.of(framework.shortName()));
    }
}
