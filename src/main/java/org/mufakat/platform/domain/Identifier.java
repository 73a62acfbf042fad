package org.mufakat.platform.domain;

import java.util.UUID;

/**
 * A typed identifier of an aggregate: a record wrapping a UUID, stored as PostgreSQL {@code uuid}.
 * Implementations need a public constructor taking the UUID.
 */
public interface Identifier {

    UUID value();
}
