package org.mufakat.commitments.web;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.AdoptingDocument;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanRegister;
import org.mufakat.commitments.PlanSummary;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.testing.AsRecordKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A plan names the outcome document that adopted it; where the documents module has it, the plan links to it. */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
class AdoptingDocumentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanRegister plans;
    @Autowired
    DocumentRecords documents;

    @Test
    void theEasPlanOfActionLinksToTheDocumentThatAdoptedIt() throws Exception {
        PlanSummary eas = plans.plans().stream().filter(p -> p.title().en().equals("East Asia Summit Plan of Action 2024–2028"))
                .findFirst().orElseThrow();
        DocumentView text = documents.find(eas.adoptingDocument()).orElseThrow();

        assertThat(text.title().en()).isEqualTo("East Asia Summit Plan of Action 2024-2028");
        assertThat(text.symbol()).isEqualTo(eas.adoptedBy().symbol());
        var page = Jsoup.parse(mvc.perform(get("/plans/{id}", eas.id())).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#adopted-by a").attr("href")).isEqualTo("/documents/" + text.id());
        var list = Jsoup.parse(mvc.perform(get("/plans")).andReturn().getResponse().getContentAsString());
        assertThat(list.select("a[href=/documents/" + text.id() + "]").eachText()).containsExactly(text.symbol());
    }

    @Test
    void aSymbolNotYetRegisteredIsShownAsWrittenWithoutALink() throws Exception {
        PlanSummary plan = plans.record(plan(new AdoptingDocument("ASEAN/2047/POA/9", null)));

        assertThat(plan.adoptingDocument()).isNull();
        var page = Jsoup.parse(mvc.perform(get("/plans/{id}", plan.id())).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#adopted-by").text()).isEqualTo("ASEAN/2047/POA/9");
        assertThat(page.select("#adopted-by a")).isEmpty();
    }

    @Test
    void refusesADocumentIdThatIsNotRegistered() {
        int before = plans.plans().size();

        assertThatThrownBy(() -> plans.record(plan(new AdoptingDocument(null, UUID.randomUUID()))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("adoptedBy"));
        assertThat(plans.plans()).hasSize(before);
    }

    private static RecordPlan plan(AdoptingDocument adoptedBy) {
        return new RecordPlan(LocalizedText.english("Adoption plan " + UUID.randomUUID()), FrameworkCode.of("ASEAN"), 2047, 2048, adoptedBy,
                List.of(new PlanArea(1, LocalizedText.english("Area"))), List.of(ActionLine.of("1.1", LocalizedText.english("Line"))));
    }
}
