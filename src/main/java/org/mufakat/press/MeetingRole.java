package org.mufakat.press;

/** Whether a report says a meeting took place or is coming. */
public enum MeetingRole {
    REPORTED("reported"), UPCOMING("upcoming");

    private final String label;

    MeetingRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
