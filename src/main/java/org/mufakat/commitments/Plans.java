package org.mufakat.commitments;

import org.springframework.data.repository.ListCrudRepository;

interface Plans extends ListCrudRepository<Plan, PlanId> {
}
