package org.mufakat.organisation.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationApiTests extends ApiTestSupport {

    @Test
    void describesTheOrganisationAndTheVersionOfItsDefinition() throws Exception {
        get("/api/v1/organisation")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("ASEAN"))
                .andExpect(jsonPath("$.name.en").value("Association of Southeast Asian Nations"))
                .andExpect(jsonPath("$.name.vi").value("Hiệp hội các quốc gia Đông Nam Á"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Jakarta"))
                .andExpect(jsonPath("$.definitionVersion").isNotEmpty());
    }

    @Test
    void listsEveryPartyWithItsKind() throws Exception {
        get("/api/v1/parties")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("VNM", "TLS", "ASEC", "USA", "EU")))
                .andExpect(jsonPath("$[?(@.code == 'ASEC')].kind", contains("SECRETARIAT")))
                .andExpect(jsonPath("$[?(@.code == 'VNM')].country", contains("VN")))
                .andExpect(jsonPath("$[?(@.code == 'VNM')].name.vi", contains("Việt Nam")));
    }

    @Test
    void showsTimorLesteWithItsDatedMembershipsAndSeats() throws Exception {
        get("/api/v1/parties/{code}", "TLS")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name.en").value("Timor-Leste"))
                .andExpect(jsonPath("$.memberships", hasSize(2)))
                .andExpect(jsonPath("$.memberships[0].role").value("OBSERVER"))
                .andExpect(jsonPath("$.memberships[0].from").value("2022-11-11"))
                .andExpect(jsonPath("$.memberships[0].to").value("2025-10-25"))
                .andExpect(jsonPath("$.memberships[1].role").value("MEMBER"))
                .andExpect(jsonPath("$.memberships[1].from").value("2025-10-26"))
                .andExpect(jsonPath("$.memberships[1].to").doesNotExist())
                .andExpect(jsonPath("$.seats[?(@.framework == 'ARF')].from", hasItems("2005-07-28", "2025-10-26")))
                .andExpect(jsonPath("$.seats[?(@.framework == 'EAS')].from", contains("2025-10-26")));
    }

    @Test
    void readsAPartyCodeWhateverItsCase() throws Exception {
        get("/api/v1/parties/{code}", "vnm").andExpect(status().isOk()).andExpect(jsonPath("$.code").value("VNM"));
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedPartyCode() throws Exception {
        get("/api/v1/parties/{code}", "XYZ").andExpect(problem(HttpStatus.NOT_FOUND));
        get("/api/v1/parties/{code}", "not a code!").andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    void listsEveryFrameworkWithItsFamilyAndPartner() throws Exception {
        get("/api/v1/frameworks")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("ASEAN", "APT", "EAS", "ARF", "ASEAN-JPN", "MLC")))
                .andExpect(jsonPath("$[?(@.code == 'APT')].family", contains("ASEAN+3")))
                .andExpect(jsonPath("$[?(@.code == 'ASEAN-JPN')].partner", contains("JPN")))
                .andExpect(jsonPath("$[?(@.code == 'ASEAN')].seatsObservers", contains(true)));
    }

    @Test
    void seatsTheEastAsiaSummitTableAsItStoodOnADate() throws Exception {
        get("/api/v1/frameworks/{code}?date={date}", "EAS", "2024-08-21")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2024-08-21"))
                .andExpect(jsonPath("$.participants[?(@.role != 'SECRETARIAT')]", hasSize(18)))
                .andExpect(jsonPath("$.participants[?(@.party == 'USA')].role", contains("PARTICIPANT")))
                .andExpect(jsonPath("$.participants[?(@.party == 'VNM')].role", contains("MEMBER")))
                .andExpect(jsonPath("$.participants[*].party", not(hasItem("TLS"))));
        get("/api/v1/frameworks/{code}?date={date}", "EAS", "2026-01-01")
                .andExpect(jsonPath("$.participants[?(@.party == 'TLS')].role", contains("MEMBER")));
    }

    @Test
    void seatsTheTableOfTodayWhenNoDateIsGiven() throws Exception {
        get("/api/v1/frameworks/{code}", "ASEAN")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.participants[*].party", hasItems("VNM", "ASEC")));
    }

    @Test
    void answersNotFoundForAnUnknownFramework() throws Exception {
        get("/api/v1/frameworks/{code}", "ASEAN-MARS").andExpect(problem(HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesADateThatIsNotADate() throws Exception {
        get("/api/v1/frameworks/{code}?date={date}", "EAS", "yesterday").andExpect(unreadable("date"));
    }
}
