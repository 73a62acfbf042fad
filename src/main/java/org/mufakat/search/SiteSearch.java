package org.mufakat.search;

import org.mufakat.access.AccessPolicy;
import org.mufakat.access.Actor;
import org.mufakat.organisation.Organisation;
import org.mufakat.platform.domain.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds meetings, people, documents, press reports (and whatever else a {@link SearchSource} feeds in) by words typed with or without
 * diacritics, best first, with the matched words marked; and keeps the index up to date or rebuilds it.
 */
@Service
public class SiteSearch {

    /** The shape of the entries: raise it when a source writes them differently, and the index is rebuilt at start-up. */
    static final int INDEX_VERSION = 3;
    /** Fewer hits than this, and mistyped words are corrected. */
    static final int FEW = 20;
    static final int CORRECTIONS = 4;
    static final double CORRECTED_WEIGHT = 0.8;

    private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

    private final IndexEntries entries;
    private final List<SearchSource> sources;
    private final AccessPolicy access;
    private final Organisation organisation;

    SiteSearch(IndexEntries entries, List<SearchSource> sources, AccessPolicy access, Organisation organisation) {
        this.entries = entries;
        this.sources = sources;
        this.access = access;
        this.organisation = organisation;
    }

    /**
     * The hits the current actor may see, in the preferred language where both match as well. What the access policy
     * hides is removed before anything is counted or ranked.
     */
    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query, Locale preferred) {
        String folded = entries.fold(query.text());
        QueryWords words = QueryWords.of(folded);
        if (words.isEmpty()) {
            // Letters that fold to nothing, such as combining marks alone.
            throw RuleViolation.of("q", "search.query.noWords", "Search for words: letters or digits");
        }
        Actor actor = access.actor();
        Map<Visibility, Boolean> decided = new HashMap<>();
        String language = preferred == null ? "en" : preferred.getLanguage();

        Map<String, IndexEntries.Candidate> best = new LinkedHashMap<>();
        List<IndexEntries.Candidate> candidates = new ArrayList<>(entries.candidates(folded, words.tsquery(), query.kind(), 1.0));
        if (candidates.size() < FEW) {
            // A mistyped word finds little or nothing: the words of the index nearest to it stand in, ranked lower.
            words.corrected(entries::knows, entries::knowsPrefix, word -> entries.nearest(word, CORRECTIONS))
                    .ifPresent(corrected -> candidates.addAll(entries.candidates(folded, corrected, query.kind(), CORRECTED_WEIGHT)));
        }
        for (IndexEntries.Candidate candidate : candidates) {
            if (!decided.computeIfAbsent(candidate.visibility(), visibility -> mayFind(actor, visibility))) {
                continue;
            }
            best.merge(candidate.kind() + "/" + candidate.ref(), candidate, (kept, other) -> better(kept, other, language));
        }
        List<IndexEntries.Candidate> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(IndexEntries.Candidate::score).reversed()
                .thenComparing(IndexEntries.Candidate::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(IndexEntries.Candidate::ref));

        Map<SearchKind, Integer> totals = new EnumMap<>(SearchKind.class);
        ranked.forEach(candidate -> totals.merge(candidate.kind(), 1, Integer::sum));

        List<IndexEntries.Candidate> top = ranked.subList(0, Math.min(query.limit(), ranked.size()));
        Map<IndexEntries.Key, IndexEntry> texts = new HashMap<>();
        for (IndexEntry entry : entries.load(top.stream().map(c -> new IndexEntries.Key(c.kind(), c.ref(), c.language())).toList())) {
            texts.put(new IndexEntries.Key(entry.kind(), entry.ref(), entry.language()), entry);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (IndexEntries.Candidate candidate : top) {
            IndexEntry entry = texts.get(new IndexEntries.Key(candidate.kind(), candidate.ref(), candidate.language()));
            if (entry != null) { // removed since it was matched
                hits.add(new SearchHit(entry.kind(), entry.ref(), entry.language(), Snippets.highlight(entry.title(), words),
                        Snippets.snippet(entry.body(), words), entry.url(), entry.date(), candidate.score()));
            }
        }
        return new SearchResults(query.text(), query.kind(), ranked.size(), totals, hits);
    }

    /** The kinds of entry the current actor can find anything of: reports only for those who may review them. */
    public List<SearchKind> kindsOffered() {
        boolean reports = access.mayFindReport(access.actor());
        return java.util.Arrays.stream(SearchKind.values()).filter(kind -> kind != SearchKind.REPORT || reports).toList();
    }

    /** Builds the index anew from every source: on demand by an administrator, and at start-up when it is empty or outdated. */
    @Transactional
    public int rebuild() {
        access.require(access.mayAdminister(access.actor()), "rebuild the search index");
        entries.deleteAll();
        int count = 0;
        for (SearchSource source : sources) {
            for (String ref : source.refs()) {
                for (IndexEntry entry : source.entries(ref)) {
                    entries.put(entry);
                    count++;
                }
            }
        }
        entries.markBuilt(INDEX_VERSION);
        log.info("Rebuilt the search index: {} entries", count);
        return count;
    }

    @Transactional(readOnly = true)
    public boolean needsRebuild() {
        return entries.count() == 0 || entries.builtVersion().map(version -> version != INDEX_VERSION).orElse(true);
    }

    private boolean mayFind(Actor actor, Visibility visibility) {
        if (visibility.audience() == Visibility.Audience.REPORT_REVIEWERS) {
            return access.mayFindReport(actor);
        }
        // Who counts at the table, as for reading a document: members and full participants, observers only where counted.
        return access.mayFind(actor, visibility.restricted(), visibility.restricted()
                ? organisation.participantsAt(visibility.framework(), visibility.date()).entrySet().stream()
                        .filter(seat -> seat.getValue().isFullParticipant()).map(Map.Entry::getKey).toList()
                : List.of());
    }

    private static IndexEntries.Candidate better(IndexEntries.Candidate kept, IndexEntries.Candidate other, String language) {
        if (Math.abs(kept.score() - other.score()) < 1e-9) {
            return other.language().equals(language) ? other : kept;
        }
        return other.score() > kept.score() ? other : kept;
    }
}
