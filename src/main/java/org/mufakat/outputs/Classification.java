package org.mufakat.outputs;

/** How widely a printed text may circulate; a restricted one carries its marking on every page. */
public enum Classification {
    PUBLIC, RESTRICTED
}
