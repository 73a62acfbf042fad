package org.mufakat.access;

import org.junit.jupiter.api.Test;
import org.mufakat.organisation.PartyCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal API tokens: shown once, stored hashed, acting with the account's grants, dead once revoked or expired. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    CurrentActor actor;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aScriptWithATokenSchedulesAMeetingWithoutCookiesOrCsrf() throws Exception {
        ApiTokens.IssuedToken token = as(account(Grant.of(Role.ASEAN_SECRETARIAT)), () -> tokens.issue("nightly import", Duration.ofDays(30)));

        schedule(token.token(), "2039-11-03").andExpect(status().isCreated());

        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(token.id()).query(String.class).single())
                .doesNotContain(token.token()).hasSize(64);
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = ?").param(token.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aTokenActsWithTheGrantsOfItsAccountOnly() throws Exception {
        String officer = account(Grant.forParty(Role.PARTNER_OFFICER, PartyCode.of("JPN")));
        ApiTokens.IssuedToken token = as(officer, () -> tokens.issue("reader", Duration.ofDays(1)));

        schedule(token.token(), "2039-11-10").andExpect(status().isForbidden());
    }

    @Test
    void aRevokedAnExpiredOrAnUnknownTokenIsRefusedAs401() throws Exception {
        String keeper = account(Grant.of(Role.ASEAN_SECRETARIAT));
        ApiTokens.IssuedToken revoked = as(keeper, () -> tokens.issue("old", Duration.ofDays(30)));
        ApiTokens.IssuedToken expired = as(keeper, () -> tokens.issue("short", Duration.ofDays(1)));
        as(keeper, () -> {
            tokens.revoke(revoked.id());
            return null;
        });
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?").param(expired.id()).update();

        schedule(revoked.token(), "2039-11-17").andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        schedule(expired.token(), "2039-11-17").andExpect(status().isUnauthorized());
        schedule("mfk_not-a-token-anyone-was-given", "2039-11-17").andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/meetings?from=2039-11-17&to=2039-11-17").header("Authorization", "Bearer " + revoked.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenIsValidForAYearAtMostAndNeedsAName() {
        String keeper = account(Grant.of(Role.ASEAN_SECRETARIAT));
        assertThatThrownBy(() -> as(keeper, () -> tokens.issue("long", Duration.ofDays(400))))
                .isInstanceOf(org.mufakat.platform.domain.RuleViolation.class);
        assertThatThrownBy(() -> as(keeper, () -> tokens.issue(" ", Duration.ofDays(4))))
                .isInstanceOf(org.mufakat.platform.domain.RuleViolation.class);
    }

    private ResultActions schedule(String token, String day) throws Exception {
        return mvc.perform(post("/api/v1/meetings").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"series\":\"SOM\",\"startDate\":\"" + day + "\",\"format\":\"ONLINE\"}"));
    }

    private <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, AuthorityUtils.NO_AUTHORITIES));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private String account(Grant grant) {
        String username = "token-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        actor.asSystem("test", () -> accounts.open(new OpenAccount(new Username(username), "Test " + username, "a-long-enough-password", List.of(grant))));
        return username;
    }
}
