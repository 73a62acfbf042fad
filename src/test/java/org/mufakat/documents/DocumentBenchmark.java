package org.mufakat.documents;

import org.mufakat.MufakatApplication;
import org.mufakat.access.CurrentActor;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not a test (a timed unit test measures the machine, not the code): a harness run by hand and written up in
 * docs/benchmarks.md. Measures (1) comparing two versions of a 500-paragraph document, (2) the meeting page's documents
 * panel listing 100 documents with their consensus matrices (11 states each), through the whole web stack (security,
 * controller, queries, Thymeleaf) on the embedded PostgreSQL. Prints the median and 90th percentile of each.
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.mufakat.documents.DocumentBenchmark [runs]
 * </pre>
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        diff(runs);
        panel(Math.max(20, runs / 4));
    }

    /** 500 paragraphs of 40-60 words; the second version changes words in 50, inserts 10 and deletes 10. */
    static void diff(int runs) {
        Random random = new Random(7);
        List<String> before = new ArrayList<>();
        before.add("# Declaration");
        for (int i = 0; i < 500; i++) {
            if (i == 20) {
                before.add("---");
            }
            before.add(sentence(random, 40 + random.nextInt(21)));
        }
        List<String> after = new ArrayList<>(before);
        for (int i = 0; i < 50; i++) {
            int at = 2 + random.nextInt(after.size() - 2);
            if (after.get(at).equals("---")) {
                continue;
            }
            String[] words = after.get(at).split(" ");
            words[random.nextInt(words.length)] = "amended";
            after.set(at, String.join(" ", words));
        }
        for (int i = 0; i < 10; i++) {
            after.add(30 + random.nextInt(400), sentence(random, 30));
            after.remove(30 + random.nextInt(400));
        }
        StructuredText a = StructuredText.parse(String.join("\n\n", before));
        StructuredText b = StructuredText.parse(String.join("\n\n", after));
        System.out.printf(Locale.ROOT, "diff: %d and %d paragraphs%n", a.paragraphs().size(), b.paragraphs().size());
        measure("diff of two versions of a 500-paragraph document", runs, () -> TextComparison.of(1, a, 2, b).changes().size());
    }

    private static String sentence(Random random, int words) {
        String[] vocabulary = {"regional", "cooperation", "connectivity", "resilience", "Member", "States", "enhance", "promote",
                "sustainable", "development", "maritime", "security", "digital", "economy", "people", "community", "ASEAN", "the", "and",
                "of", "to", "in", "support", "framework", "implementation", "capacity", "building", "partners", "dialogue", "centrality"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.append('.').toString();
    }

    /** 100 documents on one meeting's path, each with its 11 states' positions, listed by the panel as the Secretariat. */
    static void panel(int runs) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MufakatApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--mufakat.embedded-postgres.ephemeral=true", "--mufakat.demo-data.mode=never",
                        "--logging.level.root=WARN")) {
            CurrentActor actor = context.getBean(CurrentActor.class);
            DocumentFixtures fixtures = new DocumentFixtures(context.getBean(MeetingCalendar.class), context.getBean(DocumentDrafting.class),
                    context.getBean(DocumentDecisions.class), context.getBean(Organisation.class), actor);
            DocumentDrafting drafting = context.getBean(DocumentDrafting.class);
            DocumentDecisions decisions = context.getBean(DocumentDecisions.class);
            LocalDate day = LocalDate.of(2050, 3, 1);
            MeetingId meeting = fixtures.meeting("SOM", day);
            List<PartyCode> counted = fixtures.counted("ASEAN", day);
            Position[] positions = {Position.CONCURS, Position.CONCURS, Position.CONCURS, Position.OBJECTION};
            actor.asSystem("benchmark", () -> {
                for (int i = 0; i < 100; i++) {
                    DocumentView document = drafting.register(new RegisterDocument(DocumentKind.values()[i % 11], FrameworkCode.of("ASEAN"),
                            LocalizedText.of("Benchmark document " + i, "Văn kiện " + i), null, Classification.RESTRICTED, false,
                            List.of(meeting), DocumentFixtures.TEXT, null));
                    for (int p = 0; p < counted.size(); p++) {
                        decisions.recordPosition(new RecordPosition(document.id(), meeting, counted.get(p), positions[(i + p) % positions.length],
                                List.of(), null, null, null));
                    }
                }
            });
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
            String path = "/meetings/" + meeting + "/documents";
            String body = mvc.perform(get(path).with(user("asec").authorities(AuthorityUtils.createAuthorityList("ASEAN_SECRETARIAT"))))
                    .andReturn().getResponse().getContentAsString();
            System.out.printf(Locale.ROOT, "panel: %d documents listed, %d KB%n", body.split("class=\"outcome\"").length - 1, body.length() / 1024);
            measure("meeting documents panel, 100 documents with matrices", runs, () -> {
                try {
                    return mvc.perform(get(path).with(user("asec").authorities(AuthorityUtils.createAuthorityList("ASEAN_SECRETARIAT"))))
                            .andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static void measure(String what, int runs, Supplier<Object> work) {
        for (int i = 0; i < Math.max(10, runs / 2); i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p90 %.1f ms, min %.1f ms (%d runs)%n", what, millis[runs / 2],
                millis[(int) (runs * 0.9)], millis[0], runs);
    }
}
