package org.mufakat.platform.domain;

/** The thing a request names does not exist (or must not be revealed to exist). */
public class NotFound extends RuntimeException {

    private final String kind;
    private final String reference;

    public NotFound(String kind, Object reference) {
        super("No " + kind + " " + reference);
        this.kind = kind;
        this.reference = String.valueOf(reference);
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }
}
