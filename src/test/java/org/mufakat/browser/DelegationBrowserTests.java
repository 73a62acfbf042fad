package org.mufakat.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Years of their own: 2036 and 2038. */
class DelegationBrowserTests extends BrowserTestSupport {

    @BeforeEach
    void signInFirst() {
        signInAsRecordKeeper();
    }


    @Test
    void aDelegationLedOnAMinistersAuthorityIsAddedThroughTheForm() {
        String meeting = scheduleThroughForm("SOM", "2036-06-02", "2036-06-03", "Manila", "PH", "");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a delegation")).click();

        field("Country or organisation").selectOption(new SelectOption().setLabel("Viet Nam · Member"));
        field("Head of delegation").selectOption(new SelectOption().setLabel("Đỗ Hùng Việt · Vietnam"));
        field("Leads").selectOption(new SelectOption().setLabel("On a minister’s authority"));
        field("On the authority of").selectOption(new SelectOption().setLabel("Bùi Thanh Sơn · Vietnam"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page).hasURL(meeting);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The delegation was saved.");
        assertThat(page.locator("#delegations tbody tr td")).containsText(new String[]{"Viet Nam", "Đỗ Hùng Việt",
                "Deputy Minister of Foreign Affairs, Head of ASEAN SOM Viet Nam", "On a minister’s authority on the authority of Bùi Thanh Sơn"});
    }

    @Test
    void leadingOnAMinistersAuthorityWithoutNamingTheMinisterIsRefusedAtThatField() {
        String meeting = scheduleThroughForm("SOM", "2038-02-20", "2038-02-21", "Singapore", "SG", "");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a delegation")).click();

        field("Country or organisation").selectOption(new SelectOption().setLabel("Viet Nam · Member"));
        field("Head of delegation").selectOption(new SelectOption().setLabel("Đỗ Hùng Việt · Vietnam"));
        field("Leads").selectOption(new SelectOption().setLabel("On a minister’s authority"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator("#error-authorisedBy")).hasText("Name the minister on whose authority the head leads.");
        assertThat(field("Country or organisation")).hasValue("VNM");
        assertThat(field("Leads")).hasValue("ON_AUTHORITY");

        page.navigate(meeting);
        assertThat(page.getByText("No delegations recorded.")).isVisible();
    }

    @Test
    void aPartyNotAtTheTableIsNotOfferedAndPostedAnywayIsRefused() {
        String meeting = scheduleThroughForm("SOM", "2038-09-07", "2038-09-08", "Singapore", "SG", "");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a delegation")).click();

        Locator party = field("Country or organisation");
        assertThat(party.locator("option[value='VNM']")).hasCount(1);
        assertThat(party.locator("option[value='USA']")).hasCount(0);

        // What a hand-made request would send: the United States at an ASEAN senior officials' meeting.
        party.evaluate("select => select.add(new Option('United States', 'USA'))");
        party.selectOption("USA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator("#error-party")).hasText("United States does not sit at the ASEAN table on 7 Sep 2038.");

        page.navigate(meeting);
        assertThat(page.getByText("No delegations recorded.")).isVisible();
    }
}
