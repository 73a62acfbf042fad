package org.mufakat.search;

import java.util.List;

/**
 * Feeds one kind of thing into the index: the entries of one thing (none when it is gone), and every thing there is,
 * for a rebuild. A source also listens to its module's events and asks {@link SiteSearch} to refresh what changed.
 */
interface SearchSource {

    SearchKind kind();

    List<String> refs();

    List<IndexEntry> entries(String ref);
}
