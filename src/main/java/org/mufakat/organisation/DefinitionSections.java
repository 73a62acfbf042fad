package org.mufakat.organisation;

import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** The shapes of this module's sections of the definition file. */
final class DefinitionSections {

    private DefinitionSections() {
    }

    record OrganisationEntry(String code, LocalizedText name, LocalizedText shortName, String timeZone) {
    }

    record PartyEntry(String code, PartyKind kind, String country, String timeZone, LocalizedText name,
                      LocalizedText shortName) {
    }

    record MembershipEntry(String party, Role role, LocalDate from, LocalDate to) {
    }

    record FrameworkEntry(String code, String family, String partner, Boolean members, Boolean observers,
                          LocalizedText name, LocalizedText shortName, List<MembershipEntry> participants) {

        FrameworkEntry {
            members = Boolean.TRUE.equals(members);
            observers = Boolean.TRUE.equals(observers);
            participants = participants == null ? List.of() : participants;
        }
    }
}
