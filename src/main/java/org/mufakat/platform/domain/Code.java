package org.mufakat.platform.domain;

/**
 * A natural code of reference data (a party's "VNM", a framework's "EAS"), stored as PostgreSQL {@code text}.
 * Implementations are records with a public constructor taking the String.
 */
public interface Code {

    String value();
}
