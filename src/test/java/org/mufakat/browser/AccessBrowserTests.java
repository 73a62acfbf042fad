package org.mufakat.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out, and what the public and each role may reach. */
class AccessBrowserTests extends BrowserTestSupport {

    @Test
    void thePublicReadsTheCalendarButIsAskedToSignInToScheduleAMeeting() {
        page.navigate("/calendar?year=2024");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("57th ASEAN Foreign Ministers' Meeting"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New meeting")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() {
        signInAttempt("vnm", "not-the-password");
        String known = page.locator("#sign-in-failed").textContent();
        signInAttempt("nobody-of-that-name", "not-the-password");

        assertThat(page.locator("#sign-in-failed")).hasText(known);
        assertThat(page.locator("header.site .account")).hasCount(0);
    }

    @Test
    void aDelegationOfficerSignsInAndOutAndMayNotScheduleAnotherChairsMeetings() {
        signIn("vnm", "mufakat-demo-vnm");
        page.navigate("/meetings/new");
        fillMeetingForm("SOM", "2039-03-03", "2039-03-03", "Hanoi", "VN", "");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not allowed"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator("header.site .account")).hasCount(0);
        assertThat(page.locator("#sign-in-link")).isVisible();
    }

    @Test
    void anAdministratorEnrolsAnAuthenticatorAtTheFirstSignInAndIsThenSignedIn() {
        String username = "browser-admin-" + System.nanoTime() % 1_000_000;
        actor.asSystem("test", () -> accounts.open(new org.mufakat.access.OpenAccount(new org.mufakat.access.Username(username),
                "Browser administrator", "a-long-enough-password", java.util.List.of(org.mufakat.access.Grant.of(org.mufakat.access.Role.ADMINISTRATOR)))));

        page.navigate("/sign-in");
        field("Username").fill(username);
        field("Password").fill("a-long-enough-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Second factor"))).isVisible();
        String secret = page.locator("#totp-secret").textContent();

        field("Code").fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator("#second-factor-failed")).isVisible();

        field("Code").fill(org.mufakat.access.Totp.code(secret, org.mufakat.access.Totp.step(java.time.Instant.now())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

        assertThat(page.locator("header.site .account")).containsText(username);
        page.navigate("/account");
        assertThat(page.locator("dl.facts")).containsText("Administrator");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.mufakat.access.AccountDirectory accounts;
    @org.springframework.beans.factory.annotation.Autowired
    org.mufakat.access.CurrentActor actor;

    private void signInAttempt(String username, String password) {
        page.navigate("/sign-in");
        field("Username").fill(username);
        field("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("#sign-in-failed")).isVisible();
    }
}
