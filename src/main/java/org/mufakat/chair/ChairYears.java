package org.mufakat.chair;

import org.springframework.data.repository.ListCrudRepository;

interface ChairYears extends ListCrudRepository<ChairYear, Integer> {
}
