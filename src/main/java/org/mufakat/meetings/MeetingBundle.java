package org.mufakat.meetings;

import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** Meetings held together under one name ("44th and 45th ASEAN Summits and Related Summits"). */
@Table("meeting_bundle")
class MeetingBundle {

    @Id
    private final BundleId id;
    @Embedded.Empty(prefix = "title_")
    private LocalizedText title;
    @Version
    private Long version;
    private Instant updatedAt;

    @PersistenceCreator
    MeetingBundle(BundleId id, LocalizedText title, Long version, Instant updatedAt) {
        this.id = id;
        this.title = title;
        this.version = version;
        this.updatedAt = updatedAt;
    }

    static MeetingBundle name(LocalizedText title, Instant now) {
        return new MeetingBundle(BundleId.random(), title, null, now);
    }

    BundleId id() {
        return id;
    }

    LocalizedText title() {
        return title;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
