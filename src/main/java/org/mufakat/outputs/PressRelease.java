package org.mufakat.outputs;

import org.mufakat.meetings.MeetingId;
import org.mufakat.outputs.PressReleaseEvents.PressReleaseDrafted;
import org.mufakat.outputs.PressReleaseEvents.PressReleaseIssued;
import org.mufakat.outputs.PressReleaseEvents.PressReleaseRevised;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

@Table("press_release")
class PressRelease extends AbstractAggregateRoot<PressRelease> {

    @Id
    private final PressReleaseId id;
    private final MeetingId meetingId;
    private String titleEn;
    private String titleVi;
    private String bodyEn;
    private String bodyVi;
    private PressReleaseStatus status;
    private final String draftedBy;
    private String revisedBy;
    private String issuedBy;
    private Instant issuedAt;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    PressRelease(PressReleaseId id, MeetingId meetingId, String titleEn, String titleVi, String bodyEn, String bodyVi,
                 PressReleaseStatus status, String draftedBy, String revisedBy, String issuedBy, Instant issuedAt, Long version,
                 Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.titleEn = titleEn;
        this.titleVi = titleVi;
        this.bodyEn = bodyEn;
        this.bodyVi = bodyVi;
        this.status = status;
        this.draftedBy = draftedBy;
        this.revisedBy = revisedBy;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static PressRelease draft(MeetingId meeting, PressReleaseText text, String by, Instant now) {
        var release = new PressRelease(PressReleaseId.random(), meeting, text.titleEn(), text.titleVi(), text.bodyEn(), text.bodyVi(),
                PressReleaseStatus.DRAFT, by, by, null, null, null, now, now);
        release.registerEvent(new PressReleaseDrafted(release.id, meeting));
        return release;
    }

    void revise(PressReleaseText text, String by, Instant now) {
        refuseOnceIssued();
        titleEn = text.titleEn();
        titleVi = text.titleVi();
        bodyEn = text.bodyEn();
        bodyVi = text.bodyVi();
        revisedBy = by;
        updatedAt = now;
        registerEvent(new PressReleaseRevised(id, meetingId));
    }

    void issue(String by, Instant now) {
        refuseOnceIssued();
        status = PressReleaseStatus.ISSUED;
        issuedBy = by;
        issuedAt = now;
        updatedAt = now;
        registerEvent(new PressReleaseIssued(id, meetingId, by, now));
    }

    private void refuseOnceIssued() {
        if (status == PressReleaseStatus.ISSUED) {
            throw RuleViolation.of(null, "outputs.pressRelease.issued", "The press release was issued and can no longer change");
        }
    }

    PressReleaseView view() {
        return new PressReleaseView(id, meetingId, status, new PressReleaseText(titleEn, titleVi, bodyEn, bodyVi), draftedBy, revisedBy,
                updatedAt, issuedBy, issuedAt, version());
    }

    PressReleaseId id() {
        return id;
    }

    MeetingId meeting() {
        return meetingId;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
