package org.mufakat.outputs;

/** What a meeting did with an outcome document, as far as an outcome list reports it. */
public enum Decision {
    ADOPTED, NOTED, SIGNED, ISSUED
}
