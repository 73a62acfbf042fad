package org.mufakat.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Runs Mufakat on a random port (with the demo data, on the throw-away embedded PostgreSQL) and drives it with
 * Debian's Chromium through Playwright: one browser per test class, a fresh context (cookies, language en-GB) and
 * page per test. Where Chromium is not installed, the tests are skipped and say how to install it.
 * <p>
 * Tests share the database with every other test of the run: what they create lies in years of their own
 * (2031-2040), and they never count meetings across a whole year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTestSupport.ChromiumInstalled.class)
abstract class BrowserTestSupport {

    /** Debian's Chromium; elsewhere, name another build with -Dmufakat.browser.chromium=/path/to/chromium. */
    static final Path CHROMIUM = Path.of(System.getProperty("mufakat.browser.chromium", "/usr/bin/chromium"));

    static final Pattern MEETING_PAGE = Pattern.compile(".*/meetings/[0-9a-f-]{36}$");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    /** Keeps a screenshot of the page as it was when a test failed, in target/browser-failures. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "browser-failures",
                    test.getRequiredTestClass().getSimpleName() + "." + test.getRequiredTestMethod().getName() + ".png")));
        }
    };

    @BeforeAll
    static void launchBrowser() {
        // Never download Playwright's own browsers: the tests drive the system's Chromium.
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-GB")
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Signs in through the sign-in page with one of the demo accounts (README); the context keeps the session. */
    void signIn(String username, String password) {
        page.navigate("/sign-in");
        field("Username").fill(username);
        field("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("header.site .account")).containsText(username);
    }

    /** The ASEAN Secretariat's demo officer, who may change any of the record. */
    void signInAsRecordKeeper() {
        signIn("asec", "mufakat-demo-asec");
    }

    /** Schedules a meeting through the "New meeting" form and returns the address of the meeting's page. */
    String scheduleThroughForm(String series, String startDate, String endDate, String cityEn, String countryIso, String venue) {
        page.navigate("/meetings/new");
        fillMeetingForm(series, startDate, endDate, cityEn, countryIso, venue);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page).hasURL(MEETING_PAGE);
        return page.url();
    }

    void fillMeetingForm(String series, String startDate, String endDate, String cityEn, String countryIso, String venue) {
        field("Series").selectOption(series);
        field("Start date").fill(startDate);
        field("End date").fill(endDate);
        field("City in English").fill(cityEn);
        field("Country").selectOption(countryIso);
        field("Venue").fill(venue);
    }

    /** A form field of the page, by the exact name of its label. */
    Locator field(String label) {
        return field(page, label);
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /**
     * Skips every test of the class, each with the reason, where Chromium is missing, before the application is
     * started for nothing. (An assumption failing in {@code @BeforeAll} would do so too, but Surefire then reports
     * no test at all and drops the reason.)
     */
    static final class ChromiumInstalled implements ExecutionCondition {

        private static final AtomicBoolean TOLD = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM)) {
                return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
            }
            String reason = "Browser tests skipped: no Chromium at " + CHROMIUM + "; install it with `sudo apt-get install chromium`";
            if (TOLD.compareAndSet(false, true)) {
                System.err.println(reason);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
