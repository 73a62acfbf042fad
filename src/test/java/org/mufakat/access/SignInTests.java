package org.mufakat.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in through the page, on accounts of the test's own. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    CurrentActor actor;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRightPasswordSignsInInANewSessionKeptInPostgresql() throws Exception {
        String username = account(Grant.forParty(Role.DELEGATION_OFFICER, org.mufakat.organisation.PartyCode.of("VNM")));
        Cookie before = mvc.perform(get("/sign-in")).andReturn().getResponse().getCookie("SESSION");

        MvcResult result = mvc.perform(post("/sign-in").cookie(before).with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/")).andReturn();

        Cookie after = session(result);
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/account").cookie(after)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(before)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() throws Exception {
        String username = account(Grant.of(Role.ASEAN_SECRETARIAT));

        MvcResult wrong = signIn(username, "not-the-password");
        MvcResult unknown = signIn("nobody-" + username, "not-the-password");

        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error").isEqualTo(unknown.getResponse().getRedirectedUrl());
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = account(Grant.of(Role.ASEAN_SECRETARIAT));
        for (int i = 0; i < Account.ATTEMPTS_BEFORE_LOCK; i++) {
            signIn(username, "wrong-" + i);
        }

        assertThat(signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        Instant lockedUntil = jdbc.sql("select locked_until from account where username = ?").param(username)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(lockedUntil).isAfter(Instant.now().plus(Account.LOCK).minusSeconds(60));
    }

    @Test
    void anAdministratorEnrolsASecondFactorAtTheFirstSignInAndCannotActBefore() throws Exception {
        String username = account(Grant.of(Role.ADMINISTRATOR));
        MvcResult password = signIn(username, PASSWORD);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/second-factor");
        Cookie session = session(password);

        mvc.perform(get("/meetings/new").cookie(session)).andExpect(status().isForbidden());
        String page = mvc.perform(get("/sign-in/second-factor").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");

        mvc.perform(post("/sign-in/second-factor").cookie(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnprocessableContent());
        MvcResult done = mvc.perform(post("/sign-in/second-factor").cookie(session).with(csrf())
                        .param("code", Totp.code(secret, Totp.step(Instant.now()))))
                .andExpect(redirectedUrl("/")).andReturn();

        mvc.perform(get("/meetings/new").cookie(session(done, session))).andExpect(status().isOk());
        assertThat(accounts.find(username).orElseThrow().secondFactor()).isTrue();
    }

    @Test
    void aSecondFactorCodeWorksOnceAndNotAgain() throws Exception {
        String username = account(Grant.of(Role.ADMINISTRATOR));
        String secret = Totp.newSecret();
        String first = Totp.code(secret, Totp.step(Instant.now()) - 1);
        actor.asSystem("test", () -> assertThat(secondFactor.confirmEnrolment(username, secret, first)).isTrue());
        String code = Totp.code(secret, Totp.step(Instant.now()));

        Cookie session = session(signIn(username, PASSWORD));
        mvc.perform(post("/sign-in/second-factor").cookie(session).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));

        Cookie again = session(signIn(username, PASSWORD));
        mvc.perform(post("/sign-in/second-factor").cookie(again).with(csrf()).param("code", code))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", "asec").param("password", "mufakat-demo-asec"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/calendar"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Autowired
    SecondFactor secondFactor;

    private MvcResult signIn(String username, String password) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    /** The session cookie a response set, or else the one the request carried. */
    private static Cookie session(MvcResult result, Cookie... carried) {
        Cookie set = result.getResponse().getCookie("SESSION");
        return set != null ? set : carried[0];
    }

    private String account(Grant grant) {
        String username = "signin-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        actor.asSystem("test", () -> accounts.open(new OpenAccount(new Username(username), "Test " + username, PASSWORD, List.of(grant))));
        return username;
    }
}
