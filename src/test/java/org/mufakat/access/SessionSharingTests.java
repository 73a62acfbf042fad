package org.mufakat.access;

import org.junit.jupiter.api.Test;
import org.mufakat.MufakatApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Two application nodes on one database serve one signed-in user: the session lives in PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionSharingTests {

    @LocalServerPort
    int port;

    @Test
    void aSessionStartedOnOneNodeIsSignedInOnTheOther() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(MufakatApplication.class)
                // A command-line argument: a default property would lose to application.yml's 8080.
                .properties("mufakat.demo-data.mode=never").run("--server.port=0")) {
            int secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

            String signInPage = browser.send(request(port, "/sign-in").build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
            assertThat(csrf.find()).isTrue();
            String form = "username=vnm&password=mufakat-demo-vnm&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = browser.send(request(port, "/sign-in")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));

            // The cookie handler sends the session cookie to the other node too (both are localhost).
            HttpResponse<String> onSecond = browser.send(request(secondPort, "/account").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("Viet Nam ASEAN Department (demo)");
        }
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
