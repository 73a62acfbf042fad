package org.mufakat.documents;

/**
 * A document on a meeting's path as the meeting's panel lists it: its latest decision there (null: none yet) and the
 * consensus matrix of its current version at the meeting (null: the reader may see no positions).
 */
public record MeetingDocument(DocumentView document, DecisionView decision, ConsensusMatrix matrix) {
}
