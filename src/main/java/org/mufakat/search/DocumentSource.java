package org.mufakat.search;

import org.mufakat.access.CurrentActor;
import org.mufakat.documents.Classification;
import org.mufakat.documents.DocumentAdopted;
import org.mufakat.documents.DocumentDecisionRecorded;
import org.mufakat.documents.DocumentId;
import org.mufakat.documents.DocumentRecordRevised;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentRegistered;
import org.mufakat.documents.DocumentVersionSaved;
import org.mufakat.documents.DocumentView;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Outcome documents in the index, one entry per language: symbol, kind, title and the current version's text. Read
 * as the system (the records hide drafts from anonymous readers); an entry is restricted unless the document is public
 * and published, so that search shows it to exactly those who may read it.
 */
@Component
class DocumentSource implements SearchSource {

    /** Enough of a long text to find it by; the snippet comes from here too. */
    private static final int LONGEST_TEXT = 20_000;
    private static final int FIRST_YEAR = 1967;
    private static final int LAST_YEAR = 2100;

    private final DocumentRecords records;
    private final CurrentActor actor;
    private final IndexEntries index;

    DocumentSource(DocumentRecords records, CurrentActor actor, IndexEntries index) {
        this.records = records;
        this.actor = actor;
        this.index = index;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.DOCUMENT;
    }

    @Override
    public List<String> refs() {
        return actor.asSystem("search-index", () -> {
            List<String> refs = new ArrayList<>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                records.list(year, null).forEach(document -> refs.add(document.id().toString()));
            }
            return refs;
        });
    }

    @Override
    public List<IndexEntry> entries(String ref) {
        return actor.asSystem("search-index", () -> records.find(DocumentId.parse(ref)).map(this::entries).orElse(List.of()));
    }

    private List<IndexEntry> entries(DocumentView document) {
        String text = document.currentVersion() == 0 ? ""
                : records.version(document.id(), document.currentVersion()).map(version -> version.text().markup()).orElse("");
        if (text.length() > LONGEST_TEXT) {
            text = text.substring(0, LONGEST_TEXT);
        }
        LocalDate date = document.participationDate() != null ? document.participationDate() : LocalDate.of(document.year(), 1, 1);
        boolean restricted = !(document.published() && document.classification() == Classification.PUBLIC);
        Visibility visibility = restricted ? Visibility.restrictedTo(document.framework(), date) : Visibility.publicOf(document.framework(), date);
        List<IndexEntry> entries = new ArrayList<>();
        for (String language : MeetingSource.LANGUAGES) {
            String body = String.join(" · ", document.symbol(), document.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    document.framework().value(), text);
            entries.add(new IndexEntry(SearchKind.DOCUMENT, document.id().toString(), language, document.title().in(language), body,
                    "/documents/" + document.id(), date, visibility));
        }
        return entries;
    }

    @ApplicationModuleListener
    void on(DocumentRegistered event) {
        refresh(event.document());
    }

    @ApplicationModuleListener
    void on(DocumentRecordRevised event) {
        refresh(event.document());
    }

    @ApplicationModuleListener
    void on(DocumentVersionSaved event) {
        refresh(event.document());
    }

    @ApplicationModuleListener
    void on(DocumentAdopted event) {
        refresh(event.document());
    }

    /** Noted, issued, signed: published, and public ones become findable by everyone. */
    @ApplicationModuleListener
    void on(DocumentDecisionRecorded event) {
        refresh(event.document());
    }

    private void refresh(DocumentId document) {
        index.replace(kind(), document.toString(), entries(document.toString()));
    }
}
