package org.mufakat.outputs.web;

import org.mufakat.outputs.PressReleaseStatus;
import org.mufakat.outputs.PressReleaseView;
import org.mufakat.platform.web.Bilingual;

import java.time.Instant;
import java.util.UUID;

/**
 * The Chair's press release of a meeting.
 *
 * @param version also its ETag: the version to send back when saving or issuing it
 */
record PressReleaseJson(UUID id, UUID meeting, PressReleaseStatus status, Bilingual title, Bilingual body, String draftedBy,
                        String revisedBy, Instant updatedAt, String issuedBy, Instant issuedAt, long version) {

    static PressReleaseJson of(PressReleaseView view) {
        return new PressReleaseJson(view.id().value(), view.meeting().value(), view.status(),
                new Bilingual(view.text().titleEn(), view.text().titleVi()), new Bilingual(view.text().bodyEn(), view.text().bodyVi()),
                view.draftedBy(), view.revisedBy(), view.updatedAt(), view.issuedBy(), view.issuedAt(), view.version());
    }
}
