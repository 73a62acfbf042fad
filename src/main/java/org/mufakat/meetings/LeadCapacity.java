package org.mufakat.meetings;

/** In what capacity a head leads a delegation. */
public enum LeadCapacity {
    /** In their own right. */
    OWN_RIGHT,
    /** On the authority of a named minister ("được sự ủy quyền của Bộ trưởng ..."). */
    ON_AUTHORITY,
    /** As acting holder of the office ("Quyền trưởng SOM"). */
    ACTING
}
