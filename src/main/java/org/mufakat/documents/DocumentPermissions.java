package org.mufakat.documents;

import org.mufakat.organisation.PartyCode;

import java.util.List;

/**
 * What the current actor may do on a document, for pages to offer only what will be accepted: hold the pen, decide
 * at the current stage, and speak for which of the states that count.
 */
public record DocumentPermissions(boolean holdsPen, boolean decides, List<PartyCode> speaksFor) {

    public DocumentPermissions {
        speaksFor = List.copyOf(speaksFor);
    }
}
