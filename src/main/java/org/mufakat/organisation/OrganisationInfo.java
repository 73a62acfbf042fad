package org.mufakat.organisation;

import org.mufakat.platform.domain.LocalizedText;

import java.time.ZoneId;

public record OrganisationInfo(String code, LocalizedText name, LocalizedText shortName, ZoneId timeZone,
                               String definitionVersion) {
}
