package org.mufakat.press.extraction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the extraction knows of the organisation and the two languages: the parties, countries and cities with
 * their spellings, the frameworks, the meeting series (code, level, framework, modifiers) and the cue words.
 * Built from the organisation definition file (parties, membership, frameworks, series and their names in both
 * languages) and the press intake's own vocabulary ({@code press/lexicon.yaml}). Immutable once built.
 */
public final class Lexicon {

    public enum Level { LEADERS, MINISTERS, SENIOR_OFFICIALS, WORKING }

    public enum Modifier { RETREAT, SPECIAL, COORDINATING_COUNCIL, WORKING_GROUP, POST_MINISTERIAL }

    /**
     * A country as the output names it ({@code name}: the short English name), with its party code when the
     * definition has it, whether it is (or was) a member, and a dialogue partner's full name.
     */
    public record Country(String name, String partyCode, boolean member, boolean partner, String partnerName) {
    }

    /** A city and the English short name of its country. */
    public record City(String name, Country country) {
    }

    /** A framework family as the output names it, and the level its name implies ("East Asia Summit": leaders). */
    public record FrameworkName(String family, Level impliedLevel) {
    }

    /** A meeting series of the definition. */
    public record Series(String code, Level level, String family, Set<Modifier> modifiers) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final String LEXICON = "/press/lexicon.yaml";
    private static final String DEFINITION = "/organisations/asean.yaml";

    final PhraseTable<Country> countries = new PhraseTable<>();
    final PhraseTable<City> cities = new PhraseTable<>();
    final PhraseTable<Country> nationalities = new PhraseTable<>();
    final PhraseTable<FrameworkName> frameworks = new PhraseTable<>();
    final PhraseTable<Level> levels = new PhraseTable<>();
    final PhraseTable<Modifier> modifiers = new PhraseTable<>();
    final PhraseTable<Boolean> viHeads = new PhraseTable<>();
    final PhraseTable<Boolean> enHeads = new PhraseTable<>();
    final PhraseTable<Boolean> titleHeads = new PhraseTable<>();
    final PhraseTable<Boolean> titleWords = new PhraseTable<>();
    final PhraseTable<Boolean> otherSectors = new PhraseTable<>();
    final PhraseTable<Boolean> genericAfter = new PhraseTable<>();
    final PhraseTable<Cue> cues = new PhraseTable<>();
    final List<Series> series = new ArrayList<>();
    final Set<String> vietnameseFamilyNames = new java.util.HashSet<>();
    private final Map<String, List<String>> boilerplate = new LinkedHashMap<>();
    private final Map<String, Country> countriesByCode = new HashMap<>();

    /** The kinds of cue words; one phrase may be several ("sẽ diễn ra" is upcoming; "chuẩn bị cho" upcoming and forward). */
    public enum Cue { REPORTED, UPCOMING, FORWARD, OPENING, ONLINE, HYBRID, IN_PERSON }

    final Map<String, Set<Cue>> cueKinds = new HashMap<>();

    private Lexicon() {
    }

    /** The default organisation definition and vocabulary from the class path. */
    public static Lexicon standard() {
        try (InputStream definition = Lexicon.class.getResourceAsStream(DEFINITION)) {
            if (definition == null) {
                throw new IllegalStateException("No organisation definition at " + DEFINITION + " on the class path");
            }
            return fromDefinition(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The given organisation definition file (YAML) with the press vocabulary from the class path. */
    public static Lexicon fromDefinition(InputStream definitionYaml) {
        try (InputStream vocabulary = Lexicon.class.getResourceAsStream(LEXICON)) {
            if (vocabulary == null) {
                throw new IllegalStateException("No press vocabulary at " + LEXICON + " on the class path");
            }
            Lexicon lexicon = new Lexicon();
            JsonNode vocab = YAML.readTree(vocabulary);
            lexicon.load(YAML.readTree(definitionYaml), vocab);
            return lexicon;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(JsonNode definition, JsonNode vocab) {
        Set<String> members = new java.util.HashSet<>();
        Set<String> partners = new java.util.HashSet<>();
        for (JsonNode m : definition.path("membership")) {
            String role = m.path("role").asString();
            if (role.equals("MEMBER")) {
                members.add(m.path("party").asString());
            } else if (role.equals("DIALOGUE_PARTNER")) {
                partners.add(m.path("party").asString());
            }
        }
        Set<String> ambiguous = new java.util.HashSet<>();
        for (JsonNode a : vocab.path("ambiguousNames")) {
            ambiguous.add(a.asString().toLowerCase(Locale.ROOT));
        }
        for (JsonNode party : definition.path("parties")) {
            String code = party.path("code").asString();
            if (!party.path("kind").asString().equals("STATE") && !partners.contains(code)) {
                continue;
            }
            Country country = new Country(party.path("shortName").path("en").asString(), code, members.contains(code),
                    partners.contains(code), party.path("name").path("en").asString());
            countriesByCode.put(code, country);
            for (String field : List.of("name", "shortName")) {
                for (String language : List.of("en", "vi")) {
                    addCountryName(party.path(field).path(language).asString(), country, ambiguous);
                }
            }
            for (JsonNode alias : vocab.path("partyAliases").path(code)) {
                addCountryName(alias.asString(), country, ambiguous);
            }
        }
        for (JsonNode names : vocab.path("countries")) {
            Country country = new Country(names.get(0).asString(), null, false, false, null);
            countriesByCode.put(country.name(), country);
            for (JsonNode name : names) {
                addCountryName(name.asString(), country, ambiguous);
            }
        }
        for (JsonNode city : vocab.path("cities")) {
            Country country = countriesByCode.get(city.path("country").asString());
            if (country == null) {
                throw new IllegalStateException("City " + city + " names an unknown country");
            }
            City value = new City(city.path("names").get(0).asString(), country);
            for (JsonNode name : city.path("names")) {
                cities.add(name.asString(), value);
            }
        }
        for (JsonNode code : vocab.path("cityStates")) {
            Country country = countriesByCode.get(code.asString());
            City value = new City(country.name(), country);
            for (JsonNode alias : vocab.path("partyAliases").path(code.asString())) {
                cities.add(alias.asString(), value);
            }
            cities.add(country.name(), value);
        }
        for (var entry : vocab.path("nationalities").properties()) {
            Country country = countriesByCode.get(entry.getKey());
            for (JsonNode adjective : entry.getValue()) {
                nationalities.addExactCase(adjective.asString(), country);
            }
        }
        loadFrameworks(definition);
        for (var entry : vocab.path("levels").properties()) {
            Level level = Level.valueOf(entry.getKey());
            for (JsonNode cue : entry.getValue()) {
                levels.add(cue.asString(), level);
            }
        }
        Map<Modifier, List<String>> nameWords = new HashMap<>();
        for (var entry : vocab.path("modifiers").properties()) {
            Modifier modifier = Modifier.valueOf(entry.getKey());
            for (JsonNode cue : entry.getValue().path("cues")) {
                modifiers.add(cue.asString(), modifier);
            }
            List<String> words = new ArrayList<>();
            entry.getValue().path("nameWords").forEach(w -> words.add(w.asString()));
            nameWords.put(modifier, words);
        }
        loadSeries(definition, nameWords);
        vocab.path("meetingHeads").path("vi").forEach(h -> viHeads.add(h.asString(), true));
        vocab.path("meetingHeads").path("en").forEach(h -> enHeads.add(h.asString(), true));
        vocab.path("titleHeads").forEach(h -> titleHeads.add(h.asString(), true));
        vocab.path("titleWords").forEach(h -> titleWords.add(h.asString(), true));
        vocab.path("otherSectors").forEach(h -> otherSectors.add(h.asString(), true));
        vocab.path("genericAfter").forEach(h -> genericAfter.add(h.asString(), true));
        vocab.path("vietnameseFamilyNames").forEach(h -> vietnameseFamilyNames.add(h.asString()));
        Map<String, Cue> cueSections = Map.of("reported", Cue.REPORTED, "upcoming", Cue.UPCOMING, "forward", Cue.FORWARD,
                "opening", Cue.OPENING, "online", Cue.ONLINE, "hybrid", Cue.HYBRID, "inPerson", Cue.IN_PERSON);
        for (var entry : vocab.path("cues").properties()) {
            Cue cue = cueSections.get(entry.getKey());
            for (JsonNode phrase : entry.getValue()) {
                String key = keyOf(phrase.asString());
                cueKinds.computeIfAbsent(key, k -> EnumSet.noneOf(Cue.class)).add(cue);
                cues.add(phrase.asString(), cue);
            }
        }
        for (var entry : vocab.path("boilerplate").properties()) {
            List<String> phrases = new ArrayList<>();
            entry.getValue().forEach(p -> phrases.add(Folding.fold(p.asString())));
            boilerplate.put(entry.getKey(), List.copyOf(phrases));
        }
    }

    private void addCountryName(String name, Country country, Set<String> ambiguous) {
        if (name == null || name.isBlank() || ambiguous.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (isUpperAbbreviation(name)) {
            countries.addExactCase(name, country);
        } else {
            countries.add(name, country);
        }
    }

    private static boolean isUpperAbbreviation(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c == ' ') {
                return false;
            }
        }
        return letters > 0 && letters <= 4;
    }

    private void loadFrameworks(JsonNode definition) {
        // The definition's framework names, by family; ASEAN+1 frameworks are found as "ASEAN-<partner>" instead.
        for (JsonNode framework : definition.path("frameworks")) {
            String family = framework.path("family").asString();
            if (family.equals("ASEAN+1") || family.equals("SUBREGIONAL")) {
                continue;
            }
            for (String field : List.of("name", "shortName")) {
                for (String language : List.of("en", "vi")) {
                    String name = framework.path(field).path(language).asString();
                    if (name != null && !name.isBlank()) {
                        // The ARF is a ministers' forum: named alone it is the ministers' meeting.
                        frameworks.add(name, new FrameworkName(family, family.equals("ARF") ? Level.MINISTERS : impliedLevel(name)));
                    }
                }
            }
            String code = framework.path("code").asString();
            if (!code.equals(family)) {
                frameworks.add(code, new FrameworkName(family, null));
            }
        }
        // Common spellings the definition does not carry.
        frameworks.add("ASEAN + 3", new FrameworkName("ASEAN+3", null));
        frameworks.add("ASEAN Plus 3", new FrameworkName("ASEAN+3", null));
        frameworks.add("Đông Á", new FrameworkName("EAS", null));
        frameworks.add("East Asia", new FrameworkName("EAS", null));
        frameworks.add("Cấp cao Đông Á", new FrameworkName("EAS", Level.LEADERS));
        frameworks.add("Thượng đỉnh Đông Á", new FrameworkName("EAS", Level.LEADERS));
        frameworks.add("ARF", new FrameworkName("ARF", Level.MINISTERS));
        frameworks.add("Diễn đàn Khu vực ASEAN", new FrameworkName("ARF", Level.MINISTERS));
        frameworks.add("ASEAN Regional Forum", new FrameworkName("ARF", Level.MINISTERS));
    }

    private static Level impliedLevel(String name) {
        String key = keyOf(name);
        if (key.contains("summit") || key.contains("cấp cao") || key.contains("thượng đỉnh")) {
            return Level.LEADERS;
        }
        if (key.contains("forum") || key.contains("diễn đàn")) {
            return Level.MINISTERS;
        }
        return null;
    }

    private void loadSeries(JsonNode definition, Map<Modifier, List<String>> nameWords) {
        for (JsonNode entry : definition.path("series")) {
            String framework = entry.path("framework").asString();
            String family = switch (framework) {
                case "APT" -> "ASEAN+3";
                default -> framework;
            };
            for (JsonNode f : definition.path("frameworks")) {
                if (f.path("code").asString().equals(framework)) {
                    family = f.path("family").asString();
                }
            }
            String english = entry.path("name").path("en").asString().toLowerCase(Locale.ROOT);
            Set<Modifier> mods = EnumSet.noneOf(Modifier.class);
            nameWords.forEach((modifier, words) -> {
                for (String word : words) {
                    if (english.contains(word)) {
                        mods.add(modifier);
                    }
                }
            });
            series.add(new Series(entry.path("code").asString(), Level.valueOf(entry.path("level").asString()), family, Set.copyOf(mods)));
        }
    }

    /**
     * The series of a level, framework family and modifiers: the one series that fits, or null. An unknown level
     * is enough only when the modifiers or the framework leave one series.
     */
    public Series series(Level level, String family, Set<Modifier> mods) {
        Series found = null;
        for (Series s : series) {
            if (!s.family().equals(family) || !s.modifiers().equals(mods) || (level != null && s.level() != level)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = s;
        }
        return found;
    }

    public Country country(String codeOrName) {
        return countriesByCode.get(codeOrName);
    }

    /** The country with this short English name ("Laos"), or null. */
    public Country countryNamed(String name) {
        for (Country country : countriesByCode.values()) {
            if (country.name().equals(name)) {
                return country;
            }
        }
        return null;
    }

    public List<String> boilerplate(String kind) {
        return boilerplate.getOrDefault(kind, List.of());
    }

    static String keyOf(String phrase) {
        StringBuilder key = new StringBuilder();
        for (Token token : Tokenizer.tokenize(phrase)) {
            if (!token.isDash()) {
                key.append(key.isEmpty() ? "" : " ").append(token.key());
            }
        }
        return key.toString();
    }
}
