package org.mufakat.meetings.web;

import org.mufakat.meetings.Level;
import org.mufakat.meetings.MeetingSeries;
import org.mufakat.platform.web.Bilingual;

/**
 * @param framework  a framework code, or a family ("ASEAN+1") whose meetings each name one framework of it
 * @param numbered   whether its meetings carry ordinals ("57th")
 * @param baseYear   with {@code perYear}, the yearly numbering rule: ordinals of year y start at (y - baseYear) * perYear
 * @param pluralName the name for a meeting that counts for two ordinals ("44th and 45th ASEAN Summits"), or null
 */
record SeriesJson(String code, Level level, String framework, boolean numbered, Integer baseYear, Integer perYear,
                  Bilingual name, Bilingual pluralName) {

    static SeriesJson of(MeetingSeries series) {
        return new SeriesJson(series.code().value(), series.level(), series.framework(), series.numbered(), series.baseYear(),
                series.perYear(), Bilingual.of(series.name()), Bilingual.of(series.pluralName()));
    }
}
