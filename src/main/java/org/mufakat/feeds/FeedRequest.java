package org.mufakat.feeds;

import java.net.URI;
import java.time.LocalDate;

/**
 * What a subscriber asks of a feed besides its subject, as given: every part may be null.
 *
 * @param language "en" (the default) or "vi": the language of titles, places and descriptions
 * @param from     the first day listed; by default 1 January of the previous year
 * @param to       the last day listed; by default 31 December five years ahead, at most twenty years after {@code from}
 * @param site     the application's base URL, from which the links to the meeting pages are built
 */
public record FeedRequest(String language, LocalDate from, LocalDate to, URI site) {
}
