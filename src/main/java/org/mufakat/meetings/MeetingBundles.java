package org.mufakat.meetings;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingBundles extends ListCrudRepository<MeetingBundle, BundleId> {
}
