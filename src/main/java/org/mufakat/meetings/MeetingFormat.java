package org.mufakat.meetings;

public enum MeetingFormat {
    IN_PERSON, ONLINE, HYBRID
}
