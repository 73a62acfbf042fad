package org.mufakat.benchmark;

import org.mufakat.chair.Chairmanship;
import org.mufakat.chair.RotationRow;
import org.mufakat.organisation.Framework;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.organisation.PartyKind;
import org.mufakat.platform.domain.Folding;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a Mufakat database (organisation definition imported, demo data loaded or not) with a long, consistent
 * history: every year a chair, the numbered meetings of each sequential series, the unnumbered ministerial ones and
 * sectoral senior officials' and working meetings up to the year's count; each meeting with delegations of the parties
 * seated at its framework's table on its start date, led by people of their party with dated titles.
 * <p>
 * Written with PostgreSQL's COPY, one year at a time, in one transaction; the schema's keys, checks and foreign keys
 * all apply. Ordinals follow the series' numbering and skip those already on record; the chair of a meeting is the
 * year's chair when it is a member at the meeting's start. Deterministic for a seed.
 */
final class LongHistory {

    record Size(int firstYear, int years, int meetingsPerYear, int maxDelegations, long seed) {

        int lastYear() {
            return firstYear + years - 1;
        }
    }

    record Written(int chairYears, int people, int meetings, int delegations, long millis) {
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssX").withZone(ZoneOffset.UTC);
    private static final int PEOPLE_PER_PARTY_AND_ERA = 24;
    private static final int ERA_YEARS = 5;

    private static final Map<String, String[]> CAPITALS = Map.ofEntries(
            Map.entry("BRN", new String[] {"Bandar Seri Begawan", "Bandar Seri Begawan"}),
            Map.entry("KHM", new String[] {"Phnom Penh", "Phnôm Pênh"}),
            Map.entry("IDN", new String[] {"Jakarta", "Gia-các-ta"}),
            Map.entry("LAO", new String[] {"Vientiane", "Viêng Chăn"}),
            Map.entry("MYS", new String[] {"Kuala Lumpur", "Cu-a-la Lăm-pơ"}),
            Map.entry("MMR", new String[] {"Nay Pyi Taw", "Nây Pyi Tô"}),
            Map.entry("PHL", new String[] {"Manila", "Ma-ni-la"}),
            Map.entry("SGP", new String[] {"Singapore", "Xinh-ga-po"}),
            Map.entry("THA", new String[] {"Bangkok", "Băng Cốc"}),
            Map.entry("TLS", new String[] {"Dili", "Đi-li"}),
            Map.entry("VNM", new String[] {"Hanoi", "Hà Nội"}));

    /** Sectoral bodies whose meetings make up most of a year (senior officials' and working level). */
    private static final String[] BODIES = {
            "Senior Officials' Meeting on Transnational Crime", "Senior Economic Officials' Meeting",
            "Senior Officials' Meeting on Energy", "Senior Officials on the Environment",
            "Senior Officials' Meeting on Health Development", "Senior Officials' Meeting on Education",
            "Senior Labour Officials' Meeting", "Senior Transport Officials' Meeting",
            "Telecommunications Senior Officials' Meeting", "Senior Officials' Meeting on Agriculture and Forestry",
            "Senior Officials' Meeting on Social Welfare and Development", "Senior Officials' Meeting on Culture and Arts",
            "Senior Officials' Meeting on Rural Development", "Senior Officials' Meeting on Science and Technology",
            "Senior Officials' Meeting on Disaster Management", "Senior Officials' Meeting on Youth",
            "Senior Officials' Meeting on Sports", "Senior Officials' Meeting on Women",
            "Senior Officials' Meeting on Minerals", "Senior Officials' Meeting on Tourism",
            "Working Group on Maritime Cooperation", "Working Group on Counter-Terrorism",
            "Working Group on Customs Procedures", "Working Group on Standards and Conformance",
            "Working Group on Competition Policy", "Working Group on Consumer Protection",
            "Working Group on Intellectual Property", "Working Group on Trade Facilitation",
            "Working Group on Financial Integration", "Working Group on Capital Market Development",
            "Working Group on Food Security", "Working Group on Fisheries", "Working Group on Water Resources",
            "Working Group on Haze", "Working Group on Biodiversity", "Working Group on Public Health Emergencies",
            "Working Group on Cybersecurity", "Working Group on Digital Integration", "Working Group on Connectivity",
            "Working Group on Smart Cities"};

    private static final String[] SYLLABLES = {"an", "ba", "chai", "da", "eng", "fa", "go", "ha", "in", "jo", "ka", "la",
            "ma", "na", "ong", "pra", "qui", "ra", "sa", "ta", "u", "vi", "wan", "xa", "ya", "zu", "hoang", "nguy", "tran",
            "sri", "kum", "dar", "ret", "mon", "lim", "son", "pet", "kit", "rin", "suk"};

    private final DataSource dataSource;
    private final Organisation organisation;
    private final Chairmanship chairmanship;
    private final Map<String, LocalDate> firstDays = new HashMap<>();

    LongHistory(DataSource dataSource, Organisation organisation, Chairmanship chairmanship) {
        this.dataSource = dataSource;
        this.organisation = organisation;
        this.chairmanship = chairmanship;
    }

    private record Series(String code, String level, String framework, boolean sequential, Integer baseYear, Integer perYear) {
    }

    private record Person(UUID id, String title) {
    }

    Written generate(Size size) {
        long started = System.nanoTime();
        Random random = new Random(size.seed());
        String now = TIMESTAMP.format(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Series> series = series(connection);
            Set<String> ordinalsTaken = ordinalsTaken(connection);
            Map<Integer, PartyCode> chairs = new HashMap<>();
            int chairYears = chairYears(connection, size, chairs, now);
            Map<String, Person[]> people = new HashMap<>();
            int persons = people(copy, size, random, people, now);
            Map<String, Integer> counters = new HashMap<>();
            int meetings = 0;
            int delegations = 0;
            for (int year = size.firstYear(); year <= size.lastYear(); year++) {
                StringBuilder meetingRows = new StringBuilder(size.meetingsPerYear() * 260);
                StringBuilder delegationRows = new StringBuilder(size.meetingsPerYear() * size.maxDelegations() * 140);
                List<Planned> planned = plan(year, size, series, ordinalsTaken, counters, random);
                for (Planned meeting : planned) {
                    delegations += write(meeting, chairs.get(year), people, size, random, now, meetingRows, delegationRows);
                }
                meetings += planned.size();
                copy.copyIn("copy meeting (id, series_code, framework_code, ordinal_first, ordinal_last, title_en, title_vi,"
                        + " start_date, end_date, time_zone, format, city_en, city_vi, country_iso, venue, chair_code,"
                        + " chair_from_chair_year, status, version, created_at, updated_at) from stdin",
                        new StringReader(meetingRows.toString()));
                copy.copyIn("copy delegation (id, meeting_id, party_code, head_person, head_title_en, head_title_vi,"
                        + " head_capacity, version, updated_at) from stdin", new StringReader(delegationRows.toString()));
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            return new Written(chairYears, persons, meetings, delegations, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the long history", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Planned(String series, String level, Framework framework, Integer ordinal, String title, LocalDate start,
                           LocalDate end) {
    }

    private List<Planned> plan(int year, Size size, List<Series> series, Set<String> ordinalsTaken,
                               Map<String, Integer> counters, Random random) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<Framework> sitting = organisation.frameworks().stream()
                .filter(f -> !organisation.participantsAt(f.code(), yearEnd).isEmpty()).toList();
        List<Planned> planned = new ArrayList<>();
        for (Series s : series) {
            List<Framework> frameworks = sitting.stream().filter(f -> f.code().value().equals(s.framework())
                    || f.family().equals(s.framework())).toList();
            for (Framework framework : frameworks) {
                if (s.sequential()) {
                    if (s.baseYear() != null && year < s.baseYear()) {
                        continue;
                    }
                    int count = s.perYear() == null ? 1 : s.perYear();
                    for (int k = 0; k < count; k++) {
                        String key = s.code() + '|' + framework.code().value();
                        int ordinal = s.baseYear() != null ? (year - s.baseYear()) * count + k + 1
                                : counters.merge(key, 1, Integer::sum);
                        if (!ordinalsTaken.add(key + '|' + ordinal)) {
                            continue; // on record already (demo data)
                        }
                        planned.add(dated(s, framework, ordinal, null, year, random));
                    }
                } else if (!s.level().equals("SENIOR_OFFICIALS") && (!s.code().contains("Special") || year % 5 == 0)) {
                    planned.add(dated(s, framework, null, null, year, random));
                }
            }
        }
        List<Series> officials = series.stream().filter(s -> !s.sequential() && s.level().equals("SENIOR_OFFICIALS")
                && sitting.stream().anyMatch(f -> f.code().value().equals(s.framework()))).toList();
        Map<String, Integer> sessions = new HashMap<>();
        while (planned.size() < size.meetingsPerYear()) {
            // Most sectoral meetings are ASEAN's own; the rest spread over the other frameworks' officials.
            Series s = random.nextInt(4) > 0 || officials.size() == 1 ? officials.getFirst()
                    : officials.get(1 + random.nextInt(officials.size() - 1));
            Framework framework = organisation.framework(new FrameworkCode(s.framework()));
            String body = BODIES[random.nextInt(BODIES.length)];
            int session = sessions.merge(s.code() + body, 1, Integer::sum);
            String prefix = s.framework().equals("ASEAN") ? "ASEAN " : framework.shortName(java.util.Locale.ENGLISH) + " ";
            planned.add(dated(s, framework, null, prefix + body + " (" + ordinalWord(session) + " of " + year + ")", year, random));
        }
        return planned;
    }

    private Planned dated(Series s, Framework framework, Integer ordinal, String title, int year, Random random) {
        LocalDate first = firstDays.computeIfAbsent(framework.code().value() + '|' + year, key -> {
            LocalDate day = LocalDate.of(year, 1, 1);
            while (organisation.participantsAt(framework.code(), day).size() < 2) {
                day = day.plusDays(1); // the year its table filled (1967: ASEAN from 8 August)
            }
            return day;
        });
        LocalDate last = LocalDate.of(year, 12, 31);
        long span = last.toEpochDay() - first.toEpochDay();
        LocalDate start = first.plusDays(random.nextLong(Math.max(span - 3, 1)));
        LocalDate end = start.plusDays(random.nextInt(3));
        return new Planned(s.code(), s.level(), framework, ordinal, title, start, end);
    }

    private int write(Planned meeting, PartyCode yearChair, Map<String, Person[]> people, Size size, Random random, String now,
                      StringBuilder meetings, StringBuilder delegations) {
        LocalDate start = meeting.start();
        List<Party> members = organisation.membersAt(start);
        Party host = members.get(random.nextInt(members.size()));
        int year = start.getYear();
        String format = year < 2020 ? "IN_PERSON" : year <= 2021 ? (random.nextInt(10) < 7 ? "ONLINE" : "HYBRID")
                : switch (random.nextInt(10)) {
                    case 0 -> "ONLINE";
                    case 1 -> "HYBRID";
                    default -> "IN_PERSON";
                };
        boolean chaired = yearChair != null && organisation.isMemberAt(yearChair, start);
        String status = !start.isBefore(LocalDate.now()) ? (random.nextBoolean() ? "PLANNED" : "CONFIRMED")
                : switch (random.nextInt(100)) {
                    case 0 -> "CANCELLED";
                    case 1 -> "POSTPONED";
                    default -> "HELD";
                };
        UUID id = uuid(random);
        String[] capital = CAPITALS.getOrDefault(host.code().value(), new String[] {null, null});
        boolean online = format.equals("ONLINE");
        row(meetings, id, meeting.series(), meeting.framework().code().value(), meeting.ordinal(), meeting.ordinal(),
                meeting.title(), null, start, meeting.end(), host.timeZone().getId(), format,
                online ? null : capital[0], online ? null : capital[1], host.countryIso(), null,
                chaired ? yearChair.value() : null, chaired, status, 1, now, now);

        List<PartyCode> seated = new ArrayList<>(organisation.participantsAt(meeting.framework().code(), start).keySet());
        Collections.shuffle(seated, random);
        int count = Math.min(seated.size(), size.maxDelegations());
        for (int i = 0; i < count; i++) {
            PartyCode party = seated.get(i);
            Person[] era = people.get(party.value() + '|' + era(year, size));
            Person head = switch (meeting.level()) {
                case "LEADERS" -> era[0];
                case "MINISTERS" -> era[1];
                default -> era[2 + random.nextInt(era.length - 2)];
            };
            row(delegations, uuid(random), id, party.value(), head.id(), head.title(), null, "OWN_RIGHT", 1, now);
        }
        return count;
    }

    private int chairYears(Connection connection, Size size, Map<Integer, PartyCode> chairs, String now) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select year, chair_code from chair_year")) {
            while (rows.next()) {
                chairs.put(rows.getInt(1), new PartyCode(rows.getString(2)));
            }
        }
        int written = 0;
        List<RotationRow> rotation = chairmanship.rotation(size.firstYear(), size.lastYear());
        try (var insert = connection.prepareStatement("insert into chair_year (year, chair_code, version, updated_at) values (?, ?, 1, ?::timestamptz)")) {
            for (RotationRow row : rotation) {
                if (chairs.containsKey(row.year())) {
                    continue;
                }
                List<Party> members = organisation.membersAt(LocalDate.of(row.year(), 12, 31));
                PartyCode chair = row.expected() != null ? row.expected() : members.get(row.year() % members.size()).code();
                chairs.put(row.year(), chair);
                insert.setInt(1, row.year());
                insert.setString(2, chair.value());
                insert.setString(3, now);
                insert.addBatch();
                written++;
            }
            insert.executeBatch();
        }
        return written;
    }

    private int people(CopyManager copy, Size size, Random random, Map<String, Person[]> people, String now)
            throws SQLException, IOException {
        StringBuilder persons = new StringBuilder();
        StringBuilder titles = new StringBuilder();
        int count = 0;
        for (Party party : organisation.parties()) {
            for (int era = 0; era * ERA_YEARS < size.years(); era++) {
                LocalDate from = LocalDate.of(size.firstYear() + era * ERA_YEARS, 1, 1);
                LocalDate to = from.plusYears(ERA_YEARS).minusDays(1);
                Person[] cast = new Person[PEOPLE_PER_PARTY_AND_ERA];
                for (int i = 0; i < cast.length; i++) {
                    String title = title(party, i);
                    String name = name(random);
                    cast[i] = new Person(uuid(random), title);
                    row(persons, cast[i].id(), name, Folding.fold(name), party.code().value(), 1, now);
                    row(titles, cast[i].id(), 0, from, to, title, null);
                    count++;
                }
                people.put(party.code().value() + '|' + era, cast);
            }
        }
        copy.copyIn("copy person (id, name, name_key, party_code, version, updated_at) from stdin", new StringReader(persons.toString()));
        copy.copyIn("copy person_title (person_id, position, valid_from, valid_to, title_en, title_vi) from stdin",
                new StringReader(titles.toString()));
        return count;
    }

    private static String title(Party party, int index) {
        String of = party.shortName().en();
        if (party.kind() == PartyKind.SECRETARIAT) {
            return index < 2 ? "Secretary-General of ASEAN" : "Deputy Secretary-General of ASEAN";
        }
        if (party.kind() == PartyKind.REGIONAL_ORGANISATION) {
            return index == 0 ? "President of the European Council" : index == 1 ? "High Representative" : "Ambassador";
        }
        return switch (index) {
            case 0 -> "Head of Government of " + of;
            case 1 -> "Minister for Foreign Affairs of " + of;
            default -> index % 3 == 0 ? "Permanent Secretary of " + of : index % 3 == 1 ? "Director-General of " + of
                    : "Senior Official of " + of;
        };
    }

    private static int era(int year, Size size) {
        return (year - size.firstYear()) / ERA_YEARS;
    }

    private static String name(Random random) {
        return word(random) + ' ' + word(random) + ' ' + word(random);
    }

    private static String word(Random random) {
        String word = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String ordinalWord(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix + " meeting";
    }

    private static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private List<Series> series(Connection connection) throws SQLException {
        List<Series> series = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select * from meeting_series order by position")) {
            while (rows.next()) {
                series.add(new Series(rows.getString("code"), rows.getString("level"), rows.getString("framework"),
                        "SEQUENTIAL".equals(rows.getString("numbering")), (Integer) rows.getObject("base_year"),
                        (Integer) rows.getObject("per_year")));
            }
        }
        return series;
    }

    private static Set<String> ordinalsTaken(Connection connection) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select series_code, framework_code, g from meeting, generate_series(ordinal_first, ordinal_last) g
                     where ordinal_first is not null and status <> 'CANCELLED'""")) {
            while (rows.next()) {
                taken.add(rows.getString(1) + '|' + rows.getString(2) + '|' + rows.getInt(3));
            }
        }
        return taken;
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else {
                String text = value.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }

    static Map<String, Long> counts(DataSource dataSource) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("chair_year", "person", "meeting", "delegation")) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
