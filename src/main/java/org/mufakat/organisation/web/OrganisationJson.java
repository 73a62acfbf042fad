package org.mufakat.organisation.web;

import org.mufakat.organisation.OrganisationInfo;
import org.mufakat.platform.web.Bilingual;

record OrganisationJson(String code, Bilingual name, Bilingual shortName, String timeZone, String definitionVersion) {

    static OrganisationJson of(OrganisationInfo info) {
        return new OrganisationJson(info.code(), Bilingual.of(info.name()), Bilingual.of(info.shortName()),
                info.timeZone().getId(), info.definitionVersion());
    }
}
