package org.mufakat.press.extraction;

import org.mufakat.press.DocumentCount;
import org.mufakat.press.Fact;
import org.mufakat.press.HeadOfDelegationFact;
import org.mufakat.press.MeetingFact;
import org.mufakat.press.MeetingFormat;
import org.mufakat.press.MeetingRole;
import org.mufakat.press.Span;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the facts of a cleaned text: the meetings it speaks of with their dates, places, format and role, the heads
 * of delegation, the chair country and the count of documents. Pure and thread-safe; linear in the text.
 */
public final class FactExtractor {

    private static final int REACH = 40;
    private static final Set<String> LOCATIVES = Set.of("tại", "ở", "in", "at");
    private static final Set<String> CONNECTORS = Set.of(",", "và", "and", "&", "cùng", "cũng", "như", "as", "well", "với", ";", "...",
            "…", ".", "các", "những", "the");

    private final Lexicon lexicon;
    private final MeetingRecogniser meetings;
    private final HeadRecogniser heads;
    private final ChairRecogniser chair;
    private final DocumentCounter documents;
    private final PhraseTable<RoleCue> roleCues = new PhraseTable<>();
    private final PhraseTable<MeetingFormat> formatCues = new PhraseTable<>();
    private final PhraseTable<Boolean> openingCues = new PhraseTable<>();

    private record RoleCue(MeetingRole role, boolean forward, int strength) {
    }

    public FactExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.meetings = new MeetingRecogniser(lexicon);
        this.heads = new HeadRecogniser(lexicon);
        this.chair = new ChairRecogniser(lexicon);
        this.documents = new DocumentCounter();
        lexicon.cueKinds.forEach((phrase, kinds) -> {
            boolean forward = kinds.contains(Lexicon.Cue.FORWARD);
            if (kinds.contains(Lexicon.Cue.UPCOMING) || forward) {
                roleCues.add(phrase, new RoleCue(MeetingRole.UPCOMING, forward, strength(phrase, forward)));
            } else if (kinds.contains(Lexicon.Cue.REPORTED)) {
                roleCues.add(phrase, new RoleCue(MeetingRole.REPORTED, false, strength(phrase, false)));
            }
            if (kinds.contains(Lexicon.Cue.HYBRID)) {
                formatCues.add(phrase, MeetingFormat.HYBRID);
            } else if (kinds.contains(Lexicon.Cue.ONLINE)) {
                formatCues.add(phrase, MeetingFormat.ONLINE);
            } else if (kinds.contains(Lexicon.Cue.IN_PERSON)) {
                formatCues.add(phrase, MeetingFormat.IN_PERSON);
            }
            if (kinds.contains(Lexicon.Cue.OPENING)) {
                openingCues.add(phrase, true);
            }
        });
    }

    private static int strength(String phrase, boolean forward) {
        if (forward) {
            return 3;
        }
        if (phrase.equals("diễn ra") || phrase.equals("khai mạc") || phrase.equals("dự") || phrase.equals("tham dự")) {
            return 1; // without a tense: "Hội nghị diễn ra tại..." mostly reports, but says less than "đã" or "sẽ"
        }
        for (String strong : List.of("diễn ra", "khai mạc", "tổ chức", "held", "took place", "convened", "opened", "bế mạc",
                "kết thúc", "concluded", "họp")) {
            if (phrase.contains(strong)) {
                return 3;
            }
        }
        return 2;
    }

    /**
     * @param text      the cleaned text
     * @param titleEnd  where its title ends (0 when it has none)
     * @param published the publication date, when known: it gives the year of dates written without one
     */
    public Facts extract(String text, int titleEnd, LocalDate published) {
        List<Sentence> sentences = Sentences.split(text, titleEnd);
        List<List<DateMention>> dates = resolveYears(sentences, published);
        List<Observation> observations = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<MeetingMention> found = meetings.find(sentence);
            if (!found.isEmpty()) {
                observe(sentence, found, dates.get(sentence.index()), observations);
            }
        }
        List<MeetingFact> meetingFacts = merge(observations, published);
        Fact<String> chairCountry = chair.find(sentences);
        List<HeadOfDelegationFact> headFacts = heads.find(sentences, chairCountry == null ? null : chairCountry.value());
        if (chairCountry == null) {
            // Who chairs the meetings is the chair country's representative: "Hội nghị do Tổng thống In-đô-nê-xi-a ... chủ trì".
            for (HeadOfDelegationFact head : headFacts) {
                Lexicon.Country country = head.country() == null ? null : lexicon.countryNamed(head.country());
                if (head.role().equals("chair") && country != null && country.member()) {
                    chairCountry = new Fact<>(country.name(), head.span());
                    break;
                }
            }
        }
        DocumentCount count = documents.find(sentences);
        return new Facts(meetingFacts, headFacts, chairCountry, count);
    }

    // ---- years ----------------------------------------------------------------------------------------------

    /** Gives every date written without a year the year of the publication date, or of the nearest date that has one. */
    static List<List<DateMention>> resolveYears(List<Sentence> sentences, LocalDate published) {
        List<List<DateMention>> all = new ArrayList<>();
        List<int[]> withYear = new ArrayList<>(); // position, year
        for (Sentence sentence : sentences) {
            List<DateMention> found = DateGrammar.scan(sentence.tokens());
            all.add(found);
            for (DateMention d : found) {
                if (d.start().year() != null) {
                    withYear.add(new int[]{sentence.token(d.from()).start(), d.start().year()});
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<DateMention> found = all.get(s);
            for (int k = 0; k < found.size(); k++) {
                DateMention d = found.get(k);
                if (d.start().year() != null && (d.end() == null || d.end().year() != null)) {
                    continue;
                }
                Integer year = d.start().year();
                if (year == null) {
                    year = published != null ? closestYear(d.start(), published)
                            : nearestYear(withYear, sentences.get(s).token(d.from()).start());
                }
                if (year == null) {
                    continue;
                }
                int endYear = year;
                if (d.end() != null && d.end().year() == null && d.end().month() < d.start().month()) {
                    endYear = year + 1;
                }
                found.set(k, d.withYears(year, endYear));
            }
        }
        return all;
    }

    private static Integer closestYear(PartialDate date, LocalDate published) {
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            int day = date.day() == null ? 15 : date.day();
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, date.month(), Math.min(day, java.time.YearMonth.of(year, date.month()).lengthOfMonth()));
            } catch (java.time.DateTimeException e) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(published, candidate));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = year;
            }
        }
        return best;
    }

    private static Integer nearestYear(List<int[]> withYear, int position) {
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] candidate : withYear) {
            int distance = Math.abs(candidate[0] - position);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate[1];
            }
        }
        return best;
    }

    // ---- what each mention is told --------------------------------------------------------------------------

    /** What one sentence says of one meeting mention. */
    static final class Observation {
        final MeetingMention mention;
        DateMention date;
        int dateDistance = Integer.MAX_VALUE;
        Lexicon.City city;
        Lexicon.Country country;
        int placeDistance = Integer.MAX_VALUE;
        MeetingFormat format;
        int formatDistance = Integer.MAX_VALUE;
        MeetingRole role;
        int roleStrength;
        int roleDistance = Integer.MAX_VALUE;
        boolean opening;
        int openingDistance = Integer.MAX_VALUE;

        Observation(MeetingMention mention) {
            this.mention = mention;
        }

        Span span() {
            return new Span(mention.sentence().start(), mention.sentence().end());
        }
    }

    private record Place(Lexicon.City city, Lexicon.Country country, int from, int to) {
    }

    private void observe(Sentence sentence, List<MeetingMention> found, List<DateMention> dates, List<Observation> out) {
        List<Token> tokens = sentence.tokens();
        List<Place> places = places(tokens);
        List<List<Integer>> groups = groups(tokens, found, dates, places);
        List<Observation> observations = new ArrayList<>();
        for (MeetingMention mention : found) {
            observations.add(new Observation(mention));
        }
        List<PhraseTable.Match<RoleCue>> roles = roleCues.findAll(tokens, 0, tokens.size());
        for (DateMention date : dates) {
            for (int m : targets(groups, found, roles, date.from(), date.to(), false)) {
                Observation o = observations.get(m);
                int distance = distance(found.get(m), date.from(), date.to());
                if (distance < o.dateDistance) {
                    o.date = date;
                    o.dateDistance = distance;
                }
            }
        }
        for (Place place : places) {
            for (int m : targets(groups, found, roles, place.from(), place.to(), false)) {
                Observation o = observations.get(m);
                int distance = distance(found.get(m), place.from(), place.to());
                if (distance < o.placeDistance) {
                    o.city = place.city();
                    o.country = place.country();
                    o.placeDistance = distance;
                }
            }
        }
        for (PhraseTable.Match<MeetingFormat> cue : formatCues.findAll(tokens, 0, tokens.size())) {
            for (int m : targets(groups, found, roles, cue.from(), cue.to(), false)) {
                Observation o = observations.get(m);
                int distance = distance(found.get(m), cue.from(), cue.to());
                if (distance < o.formatDistance) {
                    o.format = cue.value();
                    o.formatDistance = distance;
                }
            }
        }
        for (PhraseTable.Match<RoleCue> cue : roles) {
            if (insideMention(found, cue.from())) {
                continue;
            }
            for (int m : targets(groups, found, roles, cue.from(), cue.to(), cue.value().forward())) {
                Observation o = observations.get(m);
                int distance = distance(found.get(m), cue.from(), cue.to());
                if (cue.value().strength() > o.roleStrength || (cue.value().strength() == o.roleStrength && distance < o.roleDistance)) {
                    o.role = cue.value().role();
                    o.roleStrength = cue.value().strength();
                    o.roleDistance = distance;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Match<Boolean> opening = openingCues.matchAt(tokens, i);
            if (opening == null) {
                continue;
            }
            for (int m : targets(groups, found, roles, opening.from(), opening.to(), false)) {
                observations.get(m).opening = true;
            }
        }
        for (Observation o : observations) {
            if (o.mention.yieldsMeeting()) {
                out.add(o);
            }
        }
    }

    private static boolean insideMention(List<MeetingMention> found, int token) {
        for (MeetingMention m : found) {
            if (token >= m.from() && token < m.to()) {
                return true;
            }
        }
        return false;
    }

    private static int distance(MeetingMention mention, int from, int to) {
        if (from >= mention.to()) {
            return from - mention.to();
        }
        if (to <= mention.from()) {
            return mention.from() - to;
        }
        return 0;
    }

    /** "tại Luang Prabang", "ở Thủ đô Vientiane", "tại thành phố di sản Luang Prabang của Lào", "(Singapore, ngày 5/8)", "in Vientiane". */
    private List<Place> places(List<Token> tokens) {
        List<Place> places = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean bracket = t.is("(");
            if (!bracket && !LOCATIVES.contains(t.key())) {
                continue;
            }
            int limit = Math.min(tokens.size(), k + (bracket ? 2 : 9));
            for (int j = k + 1; j < limit; j++) {
                Token w = tokens.get(j);
                if (w.isPunct() && !w.isDash() && !w.is("'")) {
                    break;
                }
                PhraseTable.Match<Lexicon.City> city = lexicon.cities.matchAt(tokens, j);
                if (city != null) {
                    int end = countryAfterCity(tokens, city.to());
                    places.add(new Place(city.value(), city.value().country(), k, end));
                    k = end - 1;
                    break;
                }
                PhraseTable.Match<Lexicon.Country> country = lexicon.countries.matchAt(tokens, j);
                if (country != null) {
                    places.add(new Place(null, country.value(), k, country.to()));
                    break;
                }
                if (LOCATIVES.contains(w.key())) {
                    break;
                }
            }
        }
        return places;
    }

    /** "Luang Prabang (Lào)", "Viêng-Chăn của Lào", "Vientiane, Lao PDR": the city's country, part of the same place. */
    private int countryAfterCity(List<Token> tokens, int to) {
        if (to >= tokens.size()) {
            return to;
        }
        Token next = tokens.get(to);
        if (next.is("(") || next.is("của") || next.is(",") || next.is("of")) {
            PhraseTable.Match<Lexicon.Country> country = lexicon.countries.matchAt(tokens, to + 1);
            if (country != null) {
                int end = country.to();
                return next.is("(") && end < tokens.size() && tokens.get(end).is(")") ? end + 1 : end;
            }
        }
        return to;
    }

    /**
     * Mentions joined by "và", "and" or a comma, with nothing between them but brackets, dates and places, form a
     * group: what is said before or after the group is said of all of them.
     */
    private List<List<Integer>> groups(List<Token> tokens, List<MeetingMention> found, List<DateMention> dates, List<Place> places) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = new ArrayList<>(List.of(0));
        for (int m = 1; m < found.size(); m++) {
            if (joined(tokens, found.get(m - 1).to(), found.get(m).from(), dates, places)) {
                current.add(m);
            } else {
                groups.add(current);
                current = new ArrayList<>(List.of(m));
            }
        }
        groups.add(current);
        return groups;
    }

    private boolean joined(List<Token> tokens, int from, int to, List<DateMention> dates, List<Place> places) {
        if (from >= to) {
            return true;
        }
        int j = from;
        int guard = 0;
        while (j < to && guard++ < 200) {
            Token t = tokens.get(j);
            if (t.is("(")) {
                int close = j + 1;
                while (close < to && !tokens.get(close).is(")")) {
                    close++;
                }
                j = close + 1;
                continue;
            }
            int skipped = skip(j, dates, places);
            if (skipped > j) {
                j = skipped;
                continue;
            }
            if (CONNECTORS.contains(t.key()) || t.isDash()) {
                j++;
                continue;
            }
            return false;
        }
        return true;
    }

    private static int skip(int j, List<DateMention> dates, List<Place> places) {
        for (DateMention d : dates) {
            if (d.from() == j || (j > d.from() && j < d.to())) {
                return d.to();
            }
        }
        for (Place p : places) {
            if (p.from() == j) {
                return p.to();
            }
        }
        return j;
    }

    /**
     * The mentions a date, place or cue at tokens [from, to) speaks of: inside a group, the mention before it; before
     * the first group, the first group; after the last, the last; between two groups, the one before unless a cue
     * pointing forward ("chuẩn bị cho", "ahead of") stands between, or the cue itself points forward.
     */
    private static List<Integer> targets(List<List<Integer>> groups, List<MeetingMention> found, List<PhraseTable.Match<RoleCue>> roles,
                                         int from, int to, boolean forward) {
        for (int m = 0; m < found.size(); m++) {
            if (from >= found.get(m).from() && to <= found.get(m).to()) {
                return List.of(m); // inside the name itself: "(Singapore, ngày 5/8)" is never inside; brackets of abbreviations are
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> group = groups.get(g);
            int start = found.get(group.getFirst()).from();
            int end = found.get(group.getLast()).to();
            if (from >= start && from < end) {
                int before = group.getFirst();
                for (int m : group) {
                    if (found.get(m).to() <= from) {
                        before = m;
                    }
                }
                if (forward) {
                    for (int m : group) {
                        if (found.get(m).from() >= to) {
                            return List.of(m);
                        }
                    }
                }
                return List.of(before);
            }
        }
        List<Integer> chosen = null;
        int firstStart = found.get(groups.getFirst().getFirst()).from();
        int lastEnd = found.get(groups.getLast().getLast()).to();
        if (to <= firstStart) {
            chosen = groups.getFirst();
            if (firstStart - to > REACH) {
                return List.of();
            }
        } else if (from >= lastEnd) {
            chosen = groups.getLast();
            if (from - lastEnd > REACH) {
                return List.of();
            }
        } else {
            for (int g = 0; g + 1 < groups.size(); g++) {
                int endOfThis = found.get(groups.get(g).getLast()).to();
                int startOfNext = found.get(groups.get(g + 1).getFirst()).from();
                if (from >= endOfThis && to <= startOfNext) {
                    boolean towardsNext = forward;
                    for (PhraseTable.Match<RoleCue> cue : roles) {
                        if (cue.value().forward() && cue.from() >= endOfThis && cue.to() <= from) {
                            towardsNext = true;
                        }
                    }
                    chosen = towardsNext ? groups.get(g + 1) : groups.get(g);
                    break;
                }
            }
        }
        return chosen == null ? List.of() : chosen;
    }

    // ---- one meeting per series, partner and ordinal ---------------------------------------------------------

    private static final class Meeting {
        final Lexicon.Series series;
        final Lexicon.Country partner;
        final Integer ordinal;
        LocalDate start;
        LocalDate end;
        PartialDate month;
        Lexicon.City city;
        Lexicon.Country country;
        MeetingFormat format;
        MeetingRole role;
        int roleStrength;
        Span span;
        Span dateSpan;
        final Set<Span> evidence = new LinkedHashSet<>();
        int firstPosition;

        Meeting(Lexicon.Series series, Lexicon.Country partner, Integer ordinal, int firstPosition) {
            this.series = series;
            this.partner = partner;
            this.ordinal = ordinal;
            this.firstPosition = firstPosition;
        }

        boolean datesFit(Observation o) {
            LocalDate otherStart = startOf(o);
            if (start != null && otherStart != null) {
                return start.equals(otherStart);
            }
            PartialDate otherMonth = o.date == null ? null : o.date.start();
            LocalDate mine = start != null ? start : null;
            if (mine != null && otherMonth != null && o.date.monthOnly() && otherMonth.year() != null) {
                return mine.getYear() == otherMonth.year() && mine.getMonthValue() == otherMonth.month();
            }
            if (month != null && otherStart != null && month.year() != null) {
                return otherStart.getYear() == month.year() && otherStart.getMonthValue() == month.month();
            }
            return true;
        }

        void take(Observation o) {
            evidence.add(o.span());
            if (span == null) {
                span = o.span();
            }
            LocalDate otherStart = startOf(o);
            if (start == null && otherStart != null) {
                start = otherStart;
                dateSpan = o.span();
                end = endOf(o);
            } else if (start != null && start.equals(otherStart) && end == null) {
                end = endOf(o);
            }
            if (month == null && o.date != null && o.date.monthOnly()) {
                month = o.date.start();
            }
            if (o.country != null) {
                if (country == null || (city == null && o.city != null && o.country.equals(country))) {
                    country = o.country;
                    city = o.city;
                }
            }
            if (format == null && o.format != null) {
                format = o.format;
            }
            if (o.role != null && o.roleStrength > roleStrength) {
                role = o.role;
                roleStrength = o.roleStrength;
            }
        }

        static LocalDate startOf(Observation o) {
            return o.date == null || o.date.monthOnly() ? null : o.date.start().toDate();
        }

        static LocalDate endOf(Observation o) {
            if (o.date == null || o.date.end() == null || o.date.monthOnly()) {
                return null;
            }
            LocalDate start = o.date.start().toDate();
            LocalDate end = o.date.end().toDate();
            return start != null && end != null && end.isAfter(start) ? end : null;
        }
    }

    private List<MeetingFact> merge(List<Observation> observations, LocalDate published) {
        Map<String, List<Meeting>> byKey = new LinkedHashMap<>();
        List<Observation> unnumbered = new ArrayList<>();
        for (Observation o : observations) {
            if (o.mention.ordinals().isEmpty()) {
                unnumbered.add(o);
                continue;
            }
            List<Meeting> meetingsOfKey = byKey.computeIfAbsent(key(o.mention), k -> new ArrayList<>());
            for (Integer ordinal : o.mention.ordinals()) {
                Meeting meeting = null;
                for (Meeting candidate : meetingsOfKey) {
                    if (Objects.equals(candidate.ordinal, ordinal)) {
                        meeting = candidate;
                    }
                }
                if (meeting == null) {
                    meeting = new Meeting(o.mention.series(), o.mention.partner(), ordinal, position(o));
                    meetingsOfKey.add(meeting);
                }
                meeting.take(o);
            }
        }
        for (Observation o : unnumbered) {
            List<Meeting> meetingsOfKey = byKey.computeIfAbsent(key(o.mention), k -> new ArrayList<>());
            List<Meeting> fitting = new ArrayList<>();
            for (Meeting candidate : meetingsOfKey) {
                if (candidate.datesFit(o)) {
                    fitting.add(candidate);
                }
            }
            if (fitting.isEmpty()) {
                Meeting meeting = new Meeting(o.mention.series(), o.mention.partner(), null, position(o));
                meetingsOfKey.add(meeting);
                fitting.add(meeting);
            }
            for (Meeting meeting : fitting) {
                meeting.take(o);
                meeting.firstPosition = Math.min(meeting.firstPosition, position(o));
            }
        }
        List<Meeting> all = new ArrayList<>();
        byKey.values().forEach(all::addAll);
        LocalDate reference = published != null ? published : reportedDate(all);
        List<MeetingFact> facts = new ArrayList<>();
        all.sort(java.util.Comparator.comparingInt((Meeting m) -> m.dateSpan != null ? m.dateSpan.start() : m.firstPosition)
                .thenComparingInt(m -> m.firstPosition).thenComparing(m -> m.ordinal == null ? 0 : m.ordinal));
        for (Meeting m : all) {
            MeetingRole role = m.role;
            if (role == null && reference != null) {
                LocalDate when = m.start != null ? m.start
                        : m.month != null && m.month.year() != null ? LocalDate.of(m.month.year(), m.month.month(), 1) : null;
                if (when != null) {
                    role = when.isAfter(reference) ? MeetingRole.UPCOMING : MeetingRole.REPORTED;
                }
            }
            MeetingFormat format = m.format;
            if (format == null && role == MeetingRole.REPORTED && m.country != null) {
                format = MeetingFormat.IN_PERSON; // it took place at a named place, and nothing says it was online
            }
            String family = m.series.family();
            facts.add(new MeetingFact(m.series.code(), family, m.ordinal, m.start, m.end, m.city == null ? null : m.city.name(),
                    m.country == null ? null : m.country.name(), format, role,
                    family.equals("ASEAN+1") && m.partner != null ? m.partner.partnerName() : null,
                    m.dateSpan != null ? m.dateSpan : m.span, new ArrayList<>(m.evidence)));
        }
        return facts;
    }

    private static int position(Observation o) {
        return o.mention.sentence().token(o.mention.from()).start();
    }

    private static LocalDate reportedDate(List<Meeting> all) {
        LocalDate latest = null;
        for (Meeting m : all) {
            if (m.role == MeetingRole.REPORTED && m.start != null && (latest == null || m.start.isAfter(latest))) {
                latest = m.start;
            }
        }
        return latest;
    }

    private static String key(MeetingMention mention) {
        return mention.series().code() + "|" + mention.series().family() + "|" + (mention.partner() == null ? "" : mention.partner().name());
    }
}
