package org.mufakat.commitments.web;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.commitments.ReportImplementation;
import org.mufakat.commitments.ReportStatus;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan pages, the report form and the exports read back; plans of its own run 2045-2046. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanRegister plans;

    @Test
    void thePlanPageShowsTheHeatMapWithNumbersAndShadesAsClasses() throws Exception {
        PlanSummary plan = planWithReports();

        String html = mvc.perform(get("/plans/{id}", plan.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("id=\"heatmap\"").contains("1 of 2 completed (50%)").contains("heat heat-3")
                .contains("Maritime, &quot;blue&quot; economy").doesNotContain("style=");
        assertThat(html).contains("hx-get=\"/plans/" + plan.id() + "/areas/1\"");
    }

    @Test
    void thePlanPageSpeaksVietnamese() throws Exception {
        PlanSummary plan = planWithReports();

        mvc.perform(get("/plans/{id}", plan.id()).param("lang", "vi"))
                .andExpect(content().string(containsString("Hoàn thành 1/2 (50%)")))
                .andExpect(content().string(containsString("Tiến độ theo lĩnh vực và năm")))
                .andExpect(content().string(containsString("2. Kết nối")));
    }

    @Test
    void drillsDownToAnAreaAsAFragmentForHtmxAndAsAPageOtherwise() throws Exception {
        PlanSummary plan = planWithReports();

        String fragment = mvc.perform(get("/plans/{id}/areas/1", plan.id()).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("data-line=\"1.1\"").contains("Cleanup campaign").doesNotContain("<html");
        mvc.perform(get("/plans/{id}/areas/1", plan.id())).andExpect(content().string(containsString("<html")));
        mvc.perform(get("/plans/{id}/areas/9", plan.id())).andExpect(status().isNotFound());
    }

    @Test
    void theReportFormRefusesAYearOutsideThePeriodWithAMessageAndSavesNothing() throws Exception {
        PlanSummary plan = planWithReports();

        mvc.perform(post("/plans/{id}/reports", plan.id()).with(csrf()).param("party", "VNM").param("year", "2050")
                        .param("actionLines", "1.1").param("activityEn", "Too late").param("status", "PLANNED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("2050 lies outside the plan")));
        assertThat(plans.reports(plan.id())).hasSize(2);

        mvc.perform(post("/plans/{id}/reports", plan.id()).with(csrf()).param("party", "VNM").param("year", "2046")
                        .param("actionLines", "2.1").param("activityEn", "In time").param("status", "COMPLETED"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.reports(plan.id())).hasSize(3);
    }

    @Test
    void exportsTheProgressAsASpreadsheetThatReadsBack() throws Exception {
        PlanSummary plan = planWithReports();

        byte[] xlsx = mvc.perform(get("/plans/{id}/export.xlsx", plan.id()))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet progress = workbook.getSheet("Progress");
            assertThat(progress.getRow(0).getCell(0).getStringCellValue()).isEqualTo(plan.title().en());
            assertThat(progress.getRow(1).getCell(8).getStringCellValue()).isEqualTo("percent_completed");
            Row area1In2045 = progress.getRow(2);
            assertThat(area1In2045.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(area1In2045.getCell(2).getNumericCellValue()).isEqualTo(2045);
            assertThat(area1In2045.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(area1In2045.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(area1In2045.getCell(8).getNumericCellValue()).isEqualTo(50);
            Sheet reports = workbook.getSheet("Reports");
            assertThat(reports.getLastRowNum()).isEqualTo(2);
            assertThat(reports.getRow(1).getCell(1).getStringCellValue()).isEqualTo("JPN");
            assertThat(reports.getRow(1).getCell(3).getStringCellValue()).isEqualTo("1.1, 2.1");
        }
    }

    @Test
    void exportsTheProgressAsCsvWithAByteOrderMarkAndQuotedFields() throws Exception {
        PlanSummary plan = planWithReports();

        byte[] bytes = mvc.perform(get("/plans/{id}/export.csv", plan.id()).param("lang", "vi"))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<List<String>> rows = parseCsv(text);
        assertThat(rows.getFirst()).containsExactly("area", "title", "year", "reports", "completed", "ongoing", "planned", "dropped",
                "percent_completed");
        // area 1: 2045, 2046, total; area 2: 2045, 2046, total
        assertThat(rows).hasSize(1 + 6);
        assertThat(rows.get(1)).containsExactly("1", "Maritime, \"blue\" economy", "2045", "2", "1", "1", "0", "0", "50");
        assertThat(rows.get(3)).containsExactly("1", "Maritime, \"blue\" economy", "", "2", "1", "1", "0", "0", "50");
        assertThat(rows.get(4).get(1)).isEqualTo("Kết nối");
        assertThat(rows.get(4).get(3)).isEqualTo("1");
        assertThat(rows.get(4).get(8)).isEqualTo("0");
    }

    @Test
    void theMeetingAndCountryPagesLoadTheirStatementsPanels() throws Exception {
        mvc.perform(get("/countries/VNM")).andExpect(content().string(containsString("hx-get=\"/countries/VNM/interventions\"")));
        String panel = mvc.perform(get("/countries/VNM/interventions")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(panel).contains("Invited the members to the ASEAN Future Forum").contains("Bùi Thanh Sơn").contains("/issues/east-sea");
        mvc.perform(get("/countries/JPN/interventions")).andExpect(content().string(containsString("No statements recorded.")));
    }

    /** Two areas, 2045-2046; area 1 in 2045: one completed and one ongoing report; area 2 in 2045: one ongoing. */
    private PlanSummary planWithReports() {
        PlanSummary plan = plans.record(new RecordPlan(LocalizedText.english("Page plan " + UUID.randomUUID()), FrameworkCode.of("EAS"), 2045, 2046,
                null, List.of(new PlanArea(1, LocalizedText.english("Maritime, \"blue\" economy")), new PlanArea(2, LocalizedText.of("Connectivity", "Kết nối"))),
                List.of(ActionLine.of("1.1", LocalizedText.english("Marine debris")), ActionLine.of("2.1", LocalizedText.english("Power grid")))));
        plans.report(new ReportImplementation(plan.id(), 2045, PartyCode.of("VNM"), LocalizedText.english("Cleanup campaign"), Set.of("1.1"),
                ReportStatus.COMPLETED));
        plans.report(new ReportImplementation(plan.id(), 2045, PartyCode.of("JPN"), LocalizedText.english("Survey"), Set.of("1.1", "2.1"),
                ReportStatus.ONGOING));
        return plan;
    }

    /** A strict RFC 4180 reader: quoted fields with doubled quotes, CRLF between records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
