package org.mufakat.documents;

/** Who may read a document: restricted papers stay with the framework's participants even once adopted. */
public enum Classification {
    PUBLIC, RESTRICTED
}
