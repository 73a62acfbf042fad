package org.mufakat.press;

import java.util.List;

/**
 * A report on its review page: its summary, cleaned text cut into segments (each naming the facts whose sentence
 * covers it, so that the page marks them), its facts, the report it is a near copy of and the near copies of it.
 */
public record ReportView(ReportSummary summary, String mediaType, String sourceLine, String text, List<Segment> segments,
                         List<FactView> facts, ReportSummary copyOf, Double copyResemblance, List<ReportSummary> copies, long version) {

    /** A stretch of the cleaned text and the positions of the facts whose sentence covers it (none: plain text). */
    public record Segment(String text, List<Integer> facts) {

        public boolean marked() {
            return !facts.isEmpty();
        }

        /** The facts as a space-separated list, for the page's data attribute. */
        public String factList() {
            return String.join(" ", facts.stream().map(String::valueOf).toList());
        }
    }

    /** The fact at the position, or null. */
    public FactView fact(int position) {
        return facts.stream().filter(f -> f.position() == position).findFirst().orElse(null);
    }
}
