package org.mufakat.benchmark;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.mufakat.MufakatApplication;
import org.mufakat.chair.Chairmanship;
import org.mufakat.organisation.Organisation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The year calendar's latency over a long history: starts Mufakat on a throw-away embedded PostgreSQL (random port,
 * demo data loaded), writes 60 years x 1,500 meetings with their delegations ({@link LongHistory}), warms up, then
 * times sequential requests for one year each (the years taken in turn) from this JVM: the JSON API's first page,
 * the API's whole year, and the calendar page. Reports the round trip seen by the client and the server's time
 * (from a filter in front of every other one, until the response is written), and the CPU time per request of this
 * JVM and of the database server, which depends far less on the machine's other load than the clock does.
 * <p>
 * A main-method harness, not a test: {@code ./mvnw -Pbenchmark verify} or, with the class path,
 * {@code java -cp ... org.mufakat.benchmark.CalendarBenchmark [requests] [warm-up] [years] [meetings per year]}.
 */
public final class CalendarBenchmark {

    private static final String REQUEST_HEADER = "X-Benchmark-Request";
    private static final Map<Long, Long> SERVER_NANOS = new ConcurrentHashMap<>();

    private CalendarBenchmark() {
    }

    private record Endpoint(String name, IntFunction<String> path, String expected) {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int meetingsPerYear = args.length > 3 ? Integer.parseInt(args[3]) : 1500;
        LongHistory.Size size = new LongHistory.Size(1967, years, meetingsPerYear, 10, 20260101L);

        System.out.printf("machine: %d cores (%s), %s, Java %s%n", Runtime.getRuntime().availableProcessors(), cpu(), memory(),
                Runtime.version());
        System.out.println("load average at start: " + loadAverage());
        ConfigurableApplicationContext context = start();
        int exit = 0;
        try {
            var history = new LongHistory(context.getBean(DataSource.class), context.getBean(Organisation.class),
                    context.getBean(Chairmanship.class));
            LongHistory.Written written = history.generate(size);
            System.out.printf("history %d-%d written in %.1f s: %d chair years, %d people, %d meetings, %d delegations%n",
                    size.firstYear(), size.lastYear(), written.millis() / 1000.0, written.chairYears(), written.people(),
                    written.meetings(), written.delegations());
            System.out.println("database now holds: " + LongHistory.counts(context.getBean(DataSource.class)));

            String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
            // Like a browser: keeps its session cookie, so that a page view does not open a session each time.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
            List<Endpoint> endpoints = List.of(
                    new Endpoint("API, first page (500)", y -> "/api/v1/meetings?from=" + y + "-01-01&to=" + y + "-12-31", "\"total\""),
                    new Endpoint("API, whole year", y -> "/api/v1/meetings?from=" + y + "-01-01&to=" + y + "-12-31&size=5000", "\"total\""),
                    new Endpoint("calendar page", y -> "/calendar?year=" + y, "calendar-title"));
            System.out.printf("warm-up: %d requests per endpoint; then %d timed requests per endpoint, one after another%n",
                    warmUp, requests);
            long sequence = 0;
            for (Endpoint endpoint : endpoints) {
                for (int i = 0; i < warmUp; i++) {
                    send(client, base, endpoint, year(size, i), ++sequence);
                }
            }
            SERVER_NANOS.clear();
            System.out.println("load average before timing: " + loadAverage());
            CpuClock cpu = new CpuClock(context.getBean(DataSource.class));
            System.out.printf("%-24s %9s | %-38s | %-38s | %-17s%n", "", "", "round trip (ms)", "server (ms)", "CPU/request (ms)");
            System.out.printf("%-24s %9s | %8s %8s %8s %8s | %8s %8s %8s %8s | %8s %8s%n", "endpoint", "bytes",
                    "median", "p95", "p99", "max", "median", "p95", "p99", "max", "JVM", "database");
            for (Endpoint endpoint : endpoints) {
                long[] roundTrips = new long[requests];
                long[] server = new long[requests];
                long bytes = 0;
                long[] cpuBefore = cpu.read();
                for (int i = 0; i < requests; i++) {
                    long id = ++sequence;
                    long started = System.nanoTime();
                    int length = send(client, base, endpoint, year(size, i), id);
                    roundTrips[i] = System.nanoTime() - started;
                    server[i] = SERVER_NANOS.getOrDefault(id, 0L);
                    bytes += length;
                }
                long[] cpuAfter = cpu.read();
                System.out.printf("%-24s %9d | %s | %s | %8.1f %8.1f%n", endpoint.name(), bytes / requests, stats(roundTrips),
                        stats(server), ms((cpuAfter[0] - cpuBefore[0]) / requests), ms((cpuAfter[1] - cpuBefore[1]) / requests));
            }
            System.out.println("load average after timing: " + loadAverage());
        } catch (RuntimeException | IOException | InterruptedException e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
        }
        System.exit(exit);
    }

    /**
     * CPU time used so far by this JVM (server and client together, with JIT and GC) and by the database server's
     * processes, in nanoseconds: unlike the clock, it hardly depends on what else runs on the machine.
     */
    private static final class CpuClock {

        private static final long TICK_NANOS = 10_000_000; // USER_HZ = 100 on Linux

        private final long postmaster;

        CpuClock(DataSource dataSource) throws java.sql.SQLException, IOException {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                 var rows = statement.executeQuery("select pg_backend_pid()")) {
                rows.next();
                postmaster = Long.parseLong(stat(rows.getLong(1))[3]);
            }
        }

        long[] read() throws IOException {
            long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            long database = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        long pid = Long.parseLong(process.getFileName().toString());
                        String[] fields = stat(pid);
                        if (pid == postmaster || Long.parseLong(fields[3]) == postmaster) {
                            database += (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * TICK_NANOS;
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            }
            return new long[] {jvm, database};
        }

        /** /proc/PID/stat split into fields, the command (which may hold spaces) as field 1. */
        private static String[] stat(long pid) throws IOException {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = line.substring(0, line.indexOf(' '));
            fields[1] = line.substring(line.indexOf('(') + 1, close);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        }
    }

    private static ConfigurableApplicationContext start() {
        // As command-line arguments: they outrank application.yml (server.port 8080), default properties do not.
        return new SpringApplicationBuilder(MufakatApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("benchmarkServerTime",
                        FilterRegistrationBean.class, CalendarBenchmark::serverTime))
                .run("--server.port=0", "--mufakat.embedded-postgres.ephemeral=true", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--logging.level.org.mufakat.benchmark=INFO");
    }

    /** Times what the server does for a request, from before every other filter until the response is written. */
    private static FilterRegistrationBean<Filter> serverTime() {
        Filter timing = (request, response, chain) -> {
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
                response.flushBuffer();
            } finally {
                String id = ((HttpServletRequest) request).getHeader(REQUEST_HEADER);
                if (id != null) {
                    SERVER_NANOS.put(Long.parseLong(id), System.nanoTime() - started);
                }
            }
        };
        var registration = new FilterRegistrationBean<>(timing);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static int send(HttpClient client, String base, Endpoint endpoint, int year, long id)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + endpoint.path().apply(year)))
                .header(REQUEST_HEADER, Long.toString(id)).header("Accept-Language", "en").GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains(endpoint.expected())) {
            throw new IllegalStateException(endpoint.name() + " for " + year + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body().length();
    }

    /** The years in turn, spread so that neighbouring requests ask for distant years. */
    private static int year(LongHistory.Size size, int i) {
        return size.firstYear() + (int) ((i * 37L) % size.years());
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%8.1f %8.1f %8.1f %8.1f", ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    /** Nearest rank. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        return String.format("%.1f GiB RAM, heap up to %.1f GiB", totalMemoryGiB(), Runtime.getRuntime().maxMemory() / 1073741824.0);
    }

    private static double totalMemoryGiB() {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/meminfo")));
            return lines.stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0).orElse(0.0);
        } catch (IOException e) {
            return 0;
        }
    }
}
