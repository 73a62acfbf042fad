package org.mufakat.platform.domain;

/** The actor may not do this. Pages answer 403, the API a 403 problem; the refusal is audited. */
public class AccessRefused extends RuntimeException {

    private final String action;

    public AccessRefused(String action, String actor) {
        super(actor + " may not " + action);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
