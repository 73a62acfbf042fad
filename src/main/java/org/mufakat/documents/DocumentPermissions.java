package org.mufakat.documents;

import org.mufakat.organisation.PartyCode;

import java.util.List;

/**
 * What the current actor may do on a document, for pages to offer only what will be accepted: hold the pen, decide
 * at the current stage, speak for which of the states that count, and revise its record (titles, lead,
 * classification, path) while it is not final.
 */
public record DocumentPermissions(boolean holdsPen, boolean decides, List<PartyCode> speaksFor, boolean revisesRecord) {

    public DocumentPermissions {
        speaksFor = List.copyOf(speaksFor);
    }
}
