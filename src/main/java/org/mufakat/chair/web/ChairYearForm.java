package org.mufakat.chair.web;

import org.mufakat.chair.ChairYearDetails;
import org.mufakat.chair.Initiative;
import org.mufakat.chair.Priority;
import org.mufakat.chair.RecordChairYear;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.util.ArrayList;
import java.util.List;

/** The chair-year form: blank rows are ignored, so an editor adds priorities by filling them. */
public class ChairYearForm {

    static final int BLANK_ROWS = 3;

    private String chair = "";
    private String themeEn = "";
    private String themeVi = "";
    private List<Row> priorities = new ArrayList<>();
    private List<Row> initiatives = new ArrayList<>();
    private Long version;

    static ChairYearForm of(ChairYearDetails details, PartyCode expected) {
        ChairYearForm form = new ChairYearForm();
        if (details == null) {
            form.chair = expected == null ? "" : expected.value();
        } else {
            form.chair = details.chair().value();
            form.themeEn = details.theme() == null ? "" : details.theme().en();
            form.themeVi = details.theme() == null || details.theme().vi() == null ? "" : details.theme().vi();
            details.priorities().forEach(p -> form.priorities.add(Row.of(p.cluster(), p.text())));
            details.initiatives().forEach(i -> form.initiatives.add(Row.of(i.title(), i.description())));
            form.version = details.version();
        }
        form.padRows();
        return form;
    }

    void padRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            priorities.add(new Row());
            initiatives.add(new Row());
        }
    }

    RecordChairYear toCommand(int year) {
        List<Priority> priorityList = priorities.stream().filter(row -> !row.isBlank())
                .map(row -> new Priority(LocalizedText.optional(row.getAEn(), row.getAVi()), LocalizedText.optional(row.getBEn(), row.getBVi())))
                .toList();
        List<Initiative> initiativeList = initiatives.stream().filter(row -> !row.isBlank())
                .map(row -> new Initiative(LocalizedText.optional(row.getAEn(), row.getAVi()), LocalizedText.optional(row.getBEn(), row.getBVi())))
                .toList();
        PartyCode chairCode = PartyCode.isValid(chair) ? PartyCode.of(chair) : null;
        return new RecordChairYear(year, chairCode, LocalizedText.optional(themeEn, themeVi), priorityList, initiativeList, version);
    }

    /** Two bilingual texts: a priority's cluster and text, or an initiative's title and description. */
    public static class Row {
        private String aEn = "";
        private String aVi = "";
        private String bEn = "";
        private String bVi = "";

        static Row of(LocalizedText a, LocalizedText b) {
            Row row = new Row();
            row.aEn = a == null ? "" : a.en();
            row.aVi = a == null || a.vi() == null ? "" : a.vi();
            row.bEn = b == null ? "" : b.en();
            row.bVi = b == null || b.vi() == null ? "" : b.vi();
            return row;
        }

        boolean isBlank() {
            return aEn.isBlank() && aVi.isBlank() && bEn.isBlank() && bVi.isBlank();
        }

        public String getAEn() { return aEn; }
        public void setAEn(String value) { aEn = value == null ? "" : value; }
        public String getAVi() { return aVi; }
        public void setAVi(String value) { aVi = value == null ? "" : value; }
        public String getBEn() { return bEn; }
        public void setBEn(String value) { bEn = value == null ? "" : value; }
        public String getBVi() { return bVi; }
        public void setBVi(String value) { bVi = value == null ? "" : value; }
    }

    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair == null ? "" : chair; }
    public String getThemeEn() { return themeEn; }
    public void setThemeEn(String themeEn) { this.themeEn = themeEn == null ? "" : themeEn; }
    public String getThemeVi() { return themeVi; }
    public void setThemeVi(String themeVi) { this.themeVi = themeVi == null ? "" : themeVi; }
    public List<Row> getPriorities() { return priorities; }
    public void setPriorities(List<Row> priorities) { this.priorities = priorities == null ? new ArrayList<>() : priorities; }
    public List<Row> getInitiatives() { return initiatives; }
    public void setInitiatives(List<Row> initiatives) { this.initiatives = initiatives == null ? new ArrayList<>() : initiatives; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
