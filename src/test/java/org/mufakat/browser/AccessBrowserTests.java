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

    private void signInAttempt(String username, String password) {
        page.navigate("/sign-in");
        field("Username").fill(username);
        field("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("#sign-in-failed")).isVisible();
    }
}
