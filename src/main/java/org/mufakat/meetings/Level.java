package org.mufakat.meetings;

/** Who sits at a meeting: leaders prepare nothing, they are prepared for. */
public enum Level {
    LEADERS, MINISTERS, SENIOR_OFFICIALS, WORKING
}
