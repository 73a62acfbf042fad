package org.mufakat.press;

/** How a reported meeting met, as the contract writes it. */
public enum MeetingFormat {
    IN_PERSON("in-person"), ONLINE("online"), HYBRID("hybrid");

    private final String label;

    MeetingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
