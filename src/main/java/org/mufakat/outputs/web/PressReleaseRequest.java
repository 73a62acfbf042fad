package org.mufakat.outputs.web;

import org.mufakat.outputs.PressReleaseText;

/** The body of a press release save: its four texts and the version edited (none for the first draft). */
record PressReleaseRequest(String titleEn, String titleVi, String bodyEn, String bodyVi, Long version) {

    PressReleaseText toText() {
        return new PressReleaseText(titleEn, titleVi, bodyEn, bodyVi);
    }
}
