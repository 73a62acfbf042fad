package org.mufakat.commitments;

import org.springframework.data.repository.ListCrudRepository;

interface Initiatives extends ListCrudRepository<Initiative, InitiativeId> {
}
