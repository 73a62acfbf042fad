package org.mufakat.access;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may change the record through the API; what they may not is refused with a problem and saves nothing. Meetings in 2039. */
class AccessApiTests extends ApiTestSupport {

    private static final String SOM_2039 = json(fields("series", "SOM", "startDate", "2039-09-01", "format", "IN_PERSON", "country", "VN"));

    @Test
    @WithAnonymousUser
    void thePublicReadsTheCalendarButMayNotScheduleAMeeting() throws Exception {
        get("/api/v1/meetings?from=2024-01-01&to=2024-12-31").andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(SOM_2039))
                .andExpect(problem(HttpStatus.UNAUTHORIZED));
        assertNothingOn("2039-09-01");
    }

    @Test
    @WithMockUser(username = "jpn", authorities = "PARTNER_OFFICER:JPN")
    void aPartnerOfficerMayNotScheduleMeetings() throws Exception {
        post("/api/v1/meetings", SOM_2039).andExpect(problem(HttpStatus.FORBIDDEN));
        assertNothingOn("2039-09-01");
    }

    @Test
    @WithMockUser(username = "phl", authorities = "CHAIR_SECRETARIAT:2026")
    void aChairSecretariatSchedulesOnlyTheMeetingsOfItsOwnYear() throws Exception {
        post("/api/v1/meetings", SOM_2039).andExpect(problem(HttpStatus.FORBIDDEN));
        post("/api/v1/meetings", json(fields("series", "SOM", "startDate", "2026-09-02", "format", "ONLINE")))
                .andExpect(status().isCreated());
    }

    @Test
    @WithMockUser(username = "vnm", authorities = "DELEGATION_OFFICER:VNM")
    void aDelegationOfficerRegistersItsOwnDelegationButNotAnothers() throws Exception {
        String meeting = read(asRecordKeeper(() -> post("/api/v1/meetings",
                json(fields("series", "SOM", "startDate", "2039-09-08", "format", "ONLINE")))), "$.id");

        post("/api/v1/meetings/{id}/delegations", json(fields("party", "THA")), meeting).andExpect(problem(HttpStatus.FORBIDDEN));
        post("/api/v1/meetings/{id}/delegations", json(fields("party", "VNM")), meeting).andExpect(status().isCreated());
        get("/api/v1/meetings/{id}/delegations", meeting).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[*].party").value(
                        org.hamcrest.Matchers.contains("VNM")));
    }

    private void assertNothingOn(String day) throws Exception {
        Integer total = read(get("/api/v1/meetings?from={d}&to={d}", day, day), "$.total");
        assertThat(total).isZero();
    }

    private <T> T asRecordKeeper(ThrowingSupplier<T> call) throws Exception {
        var previous = org.springframework.security.test.context.TestSecurityContextHolder.getContext();
        try {
            org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("asec", null,
                            org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ASEAN_SECRETARIAT")));
            return call.get();
        } finally {
            org.springframework.security.test.context.TestSecurityContextHolder.setContext(previous);
        }
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
