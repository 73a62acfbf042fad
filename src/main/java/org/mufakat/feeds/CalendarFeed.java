package org.mufakat.feeds;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One feed as it stands: what a subscriber's cached copy is validated against (ETag, Last-Modified), and the
 * iCalendar text, rendered only when it is actually sent.
 */
public final class CalendarFeed {

    private final String filename;
    private final String etag;
    private final Instant lastModified;
    private final Supplier<byte[]> content;

    CalendarFeed(String filename, String etag, Instant lastModified, Supplier<byte[]> content) {
        this.filename = filename;
        this.etag = etag;
        this.lastModified = lastModified;
        this.content = content;
    }

    /** "mufakat-eas.ics", "mufakat-vnm-vi.ics". */
    public String filename() {
        return filename;
    }

    /**
     * A strong entity tag, quoted. It changes whenever the rendered bytes would: the meetings listed and their
     * versions, the organisation definition, the language, the window and the site address.
     */
    public String etag() {
        return etag;
    }

    /**
     * The latest change to a meeting listed, to the second; empty for an empty feed. Weaker than the entity tag:
     * it does not move when a meeting leaves the feed (moved to another framework or out of the window) or joins
     * a country's feed by a newly recorded delegation. Clients that send If-None-Match, which takes precedence
     * (RFC 9110 §13.2.2), are not affected; one that sends only If-Modified-Since sees such a change late.
     */
    public Optional<Instant> lastModified() {
        return Optional.ofNullable(lastModified);
    }

    /** The feed as iCalendar text in UTF-8, with CRLF line ends, folded at 75 octets. */
    public byte[] render() {
        return content.get();
    }
}
