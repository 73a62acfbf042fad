package org.mufakat.press.cleaning;

import java.time.LocalDate;
import java.util.List;

/** An article taken out of its page: title, publication date, source line and paragraphs. Any may be missing. */
public record Article(String title, LocalDate published, String source, List<String> paragraphs) {
}
