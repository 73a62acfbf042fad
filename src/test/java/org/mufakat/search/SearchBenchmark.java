package org.mufakat.search;

import org.mufakat.MufakatApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Query latency of {@link SiteSearch} over a generated index: not a test (a timed unit test measures the machine), a
 * harness run by hand and written up in docs/benchmarks.md. Starts the application on a throw-away embedded
 * PostgreSQL without demo data, writes {@code entries} generated entries (meetings and people in English and
 * Vietnamese, a fifth of them restricted papers), analyses the table, then runs each query of a fixed list
 * {@code rounds} times as the public and as a member state's officer, and prints the median and 95th percentile.
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.mufakat.search.SearchBenchmark [entries] [rounds]
 * </pre>
 */
public final class SearchBenchmark {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hùng", "Minh", "Quốc", "Thanh", "Đức", "Ngọc", "Hữu", "Xuân"};
    private static final String[] GIVEN = {"Việt", "Anh", "Hoa", "Sơn", "Dũng", "Lan", "Tuấn", "Hải", "Long", "Phương", "Quỳnh", "Trung", "Nam", "Bình"};
    private static final String[] SERIES_EN = {"ASEAN Foreign Ministers' Meeting", "ASEAN Senior Officials' Meeting", "ASEAN Summit",
            "ASEAN Plus Three Summit", "East Asia Summit", "ASEAN Regional Forum", "ASEAN Coordinating Council"};
    private static final String[] SERIES_VI = {"Hội nghị Bộ trưởng Ngoại giao ASEAN", "Hội nghị Quan chức Cao cấp ASEAN", "Hội nghị Cấp cao ASEAN",
            "Hội nghị Cấp cao ASEAN+3", "Hội nghị Cấp cao Đông Á", "Diễn đàn Khu vực ASEAN", "Hội đồng Điều phối ASEAN"};
    private static final String[][] CITIES = {{"Vientiane, Laos", "Viêng Chăn, Lào"}, {"Hanoi, Viet Nam", "Hà Nội, Việt Nam"},
            {"Jakarta, Indonesia", "Gia-các-ta, In-đô-nê-xi-a"}, {"Bangkok, Thailand", "Băng Cốc, Thái Lan"}, {"Manila, Philippines", "Ma-ni-la, Phi-líp-pin"},
            {"Kuala Lumpur, Malaysia", "Cu-a-la Lăm-pơ, Ma-lai-xi-a"}, {"Phnom Penh, Cambodia", "Phnôm Pênh, Cam-pu-chia"}};
    private static final String[] FRAMEWORKS = {"ASEAN", "APT", "EAS"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (ConfigurableApplicationContext context = new SpringApplication(MufakatApplication.class).run(
                "--mufakat.embedded-postgres.ephemeral=true", "--mufakat.demo-data.mode=never", "--server.port=0",
                "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SiteSearch search = context.getBean(SiteSearch.class);
            long start = System.nanoTime();
            generate(jdbc, count);
            // The word list the indexing keeps, as a rebuild fills it.
            jdbc.update("insert into search_word (word) select distinct w from search_entry, unnest(tsvector_to_array(document)) w "
                    + "order by w on conflict do nothing");
            jdbc.execute("analyze search_entry");
            jdbc.execute("analyze search_word");
            System.out.printf(Locale.ROOT, "java %s, %d cores, %d entries written and analysed in %.1f s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("select count(*) from search_entry", Long.class),
                    (System.nanoTime() - start) / 1e9);

            List<String> queries = List.of("Do Hung Viet", "nguyen van viet", "Tran Thi Hoa", "vieng chan", "Viêng Chăn",
                    "foreign ministers vientiane", "hoi nghi bo truong ngoai giao", "Vientaine", "Nguyen Vn Vit", "Ng", "Phuong",
                    "57th summit", "ha noi 2019", "bangkok");
            for (String query : queries) { // warm-up
                measure(search, query, Set.of(), 3);
            }
            List<Double> all = new ArrayList<>();
            System.out.printf(Locale.ROOT, "%-32s %8s %10s %10s %10s%n", "query", "matches", "median ms", "p95 ms", "as VNM ms");
            for (String query : queries) {
                double[] anonymous = measure(search, query, Set.of(), rounds);
                double[] member = measure(search, query, Set.of("DELEGATION_OFFICER:VNM"), rounds);
                int total = Actors.anonymously(() -> search.search(new SearchQuery(query, null, 20), Locale.ENGLISH)).total();
                System.out.printf(Locale.ROOT, "%-32s %8d %10.1f %10.1f %10.1f%n", query, total, percentile(anonymous, 50),
                        percentile(anonymous, 95), percentile(member, 50));
                Arrays.stream(anonymous).forEach(all::add);
                Arrays.stream(member).forEach(all::add);
            }
            double[] everything = all.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "all queries: median %.1f ms, p95 %.1f ms (%d searches)%n", percentile(everything, 50),
                    percentile(everything, 95), everything.length);
        }
    }

    private static double[] measure(SiteSearch search, String query, Set<String> grants, int rounds) {
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            Actors.as("benchmark", grants, () -> search.search(new SearchQuery(query, null, 20), Locale.ENGLISH));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static void generate(JdbcTemplate jdbc, int count) {
        Random random = new Random(42);
        List<Object[]> batch = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i += 2) {
            String ref = "bench-" + i;
            int kind = random.nextInt(10);
            LocalDate date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 35));
            String framework = FRAMEWORKS[random.nextInt(FRAMEWORKS.length)];
            String[] city = CITIES[random.nextInt(CITIES.length)];
            String head = name(random) + ", " + name(random) + ", " + name(random);
            if (kind < 5) {
                int series = random.nextInt(SERIES_EN.length);
                int ordinal = 1 + random.nextInt(60);
                batch.add(row("meeting", ref, "en", ordinal + "th " + SERIES_EN[series],
                        SERIES_EN[series] + " · Ordinal " + ordinal + " · " + date + " · " + city[0] + " · Heads of delegation: " + head,
                        date, "PUBLIC", framework, now));
                batch.add(row("meeting", ref, "vi", SERIES_VI[series] + " lần thứ " + ordinal,
                        SERIES_VI[series] + " · Lần thứ " + ordinal + " · " + date + " · " + city[1] + " · Trưởng đoàn: " + head,
                        date, "PUBLIC", framework, now));
            } else if (kind < 8) {
                String name = name(random);
                batch.add(row("person", ref, "en", name, "Viet Nam · Deputy Minister of Foreign Affairs (2019–2024)", null, "PUBLIC", null, now));
                batch.add(row("person", ref, "vi", name, "Việt Nam · Thứ trưởng Ngoại giao (2019–2024)", null, "PUBLIC", null, now));
            } else {
                String classification = kind == 8 ? "RESTRICTED" : "PUBLIC";
                batch.add(row("document", ref, "en", "Draft Chairman's Statement of the " + SERIES_EN[random.nextInt(SERIES_EN.length)],
                        "Paragraphs on the South China Sea, Myanmar and the economy, as negotiated in " + city[0] + " with " + head,
                        date, classification, framework, now));
                batch.add(row("document", ref, "vi", "Dự thảo Tuyên bố của Chủ tịch " + SERIES_VI[random.nextInt(SERIES_VI.length)],
                        "Các đoạn về Biển Đông, Mi-an-ma và kinh tế, đàm phán tại " + city[1] + " với " + head,
                        date, classification, framework, now));
            }
            if (batch.size() >= 2000) {
                insert(jdbc, batch);
            }
        }
        insert(jdbc, batch);
    }

    private static Object[] row(String kind, String ref, String language, String title, String body, LocalDate date, String classification,
                                String framework, Timestamp now) {
        return new Object[]{kind, ref, language, title, body, "/" + kind + "s/" + ref, date == null ? null : Date.valueOf(date),
                classification, framework, now};
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("""
                insert into search_entry (kind, ref, language, title, body, url, entry_date, classification, framework, indexed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        batch.clear();
    }

    private static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }
}
