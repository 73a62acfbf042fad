package org.mufakat.feeds.web;

import jakarta.servlet.http.HttpServletRequest;
import org.mufakat.feeds.CalendarFeed;
import org.mufakat.feeds.CalendarFeeds;
import org.mufakat.feeds.FeedRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The feeds at stable addresses for calendar applications to subscribe to. A @RestController, so that an
 * unknown code or a bad parameter comes back as an RFC 9457 problem, whatever the client accepts.
 */
@RestController
@RequestMapping("/feeds")
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(15));

    private final CalendarFeeds feeds;

    FeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/frameworks/{code}.ics")
    ResponseEntity<byte[]> framework(@PathVariable String code, @RequestParam(required = false) String lang,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     HttpServletRequest request, ServletWebRequest web) {
        return send(feeds.framework(code, new FeedRequest(lang, from, to, site(request))), web);
    }

    @GetMapping("/countries/{code}.ics")
    ResponseEntity<byte[]> country(@PathVariable String code, @RequestParam(required = false) String lang,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   HttpServletRequest request, ServletWebRequest web) {
        return send(feeds.country(code, new FeedRequest(lang, from, to, site(request))), web);
    }

    @GetMapping("/all.ics")
    ResponseEntity<byte[]> all(@RequestParam(required = false) String lang,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               HttpServletRequest request, ServletWebRequest web) {
        return send(feeds.all(new FeedRequest(lang, from, to, site(request))), web);
    }

    /** A 304 when the subscriber's copy is current (If-None-Match, else If-Modified-Since), the feed otherwise. */
    private static ResponseEntity<byte[]> send(CalendarFeed feed, ServletWebRequest web) {
        long lastModified = feed.lastModified().map(Instant::toEpochMilli).orElse(-1L);
        if (web.checkNotModified(feed.etag(), lastModified)) {
            // Spring has set the status to 304 and the validators; nothing is rendered.
            return null;
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(feed.filename()).build().toString())
                .cacheControl(CACHING)
                .body(feed.render());
    }

    private static URI site(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUri();
    }
}
