package org.mufakat.notes;

/** What a note is written on. */
enum NoteSubject {
    MEETING, DOCUMENT
}
