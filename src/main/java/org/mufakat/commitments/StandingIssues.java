package org.mufakat.commitments;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface StandingIssues extends ListCrudRepository<StandingIssue, IssueId> {

    Optional<StandingIssue> findByCode(String code);
}
