package org.mufakat.press;

/** How far a report's facts are reviewed: none yet, some, all. */
public enum ReviewStatus {
    NEW, PARTLY_REVIEWED, REVIEWED
}
