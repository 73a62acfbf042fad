package org.mufakat.press.extraction;

import java.util.List;

/**
 * A meeting named in a sentence, tokens {@code from} to {@code to}. A mention without series is a meeting that
 * is no series of the definition (an economic ministers' meeting, a women leaders' summit) or a generic one ("the
 * related meetings"): it takes its share of the dates and places around it but yields no meeting.
 */
public record MeetingMention(Sentence sentence, int from, int to, Lexicon.Series series, Lexicon.Country partner,
                             List<Integer> ordinals) {

    public boolean yieldsMeeting() {
        return series != null;
    }
}
