package org.mufakat.organisation;

import org.mufakat.platform.domain.LocalizedText;

import java.util.Locale;

/**
 * A table at which meetings sit: ASEAN itself, ASEAN Plus Three, the EAS, the ARF, ASEAN with one partner, a
 * sub-regional grouping. {@code family} groups frameworks of one kind ("ASEAN+1").
 */
public record Framework(FrameworkCode code, String family, PartyCode partner, boolean seatsMembers,
                        boolean seatsObservers, LocalizedText name, LocalizedText shortName) {

    public String shortName(Locale locale) {
        return shortName.in(locale);
    }

    public boolean belongsTo(String familyOrCode) {
        return family.equals(familyOrCode) || code.value().equals(familyOrCode);
    }
}
