package org.mufakat.press.web;

import java.time.LocalDate;

/**
 * A report sent as JSON: its text or its HTML (one of the two), with the address it came from and the date it was
 * published, both optional.
 */
record ArticleRequest(String text, String html, LocalDate published, String source) {
}
