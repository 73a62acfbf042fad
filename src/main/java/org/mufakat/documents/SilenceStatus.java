package org.mufakat.documents;

/** A silence procedure runs until its deadline, unless a state breaks it. */
public enum SilenceStatus {
    RUNNING, BROKEN, ADOPTED
}
