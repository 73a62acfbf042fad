package org.mufakat.chair;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

/** A recorded departure from the plain rotation order. */
public record RotationDecision(Kind kind, int year, Integer otherYear, PartyCode party, LocalizedText note) {

    public enum Kind {
        /** The party gives up its turn in the year; the next in order takes it and the cycle moves on. */
        TURN_GIVEN_UP,
        /** The chair of the year before also chairs this year. */
        TERM_EXTENDED,
        /** Two years exchange their chairs; the cycle is unaffected. */
        SWAP
    }

    public RotationDecision {
        if (kind == null || note == null) {
            throw new IllegalArgumentException("A rotation decision needs a kind and a note");
        }
        if ((kind == Kind.SWAP) != (otherYear != null)) {
            throw new IllegalArgumentException("A swap, and only a swap, names the other year");
        }
        if (kind != Kind.SWAP && party == null) {
            throw new IllegalArgumentException(kind + " must name the party");
        }
    }

    boolean concerns(int someYear) {
        return year == someYear || (otherYear != null && otherYear == someYear);
    }
}
