package org.mufakat.commitments;

import org.mufakat.commitments.CommitmentEvents.OutcomeReferenced;
import org.mufakat.commitments.CommitmentEvents.StandingIssueOpened;
import org.mufakat.commitments.CommitmentEvents.StandingIssueRevised;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An issue meetings keep returning to (the East Sea, Myanmar, the Korean Peninsula), with the outcomes addressing it. */
@Table("standing_issue")
class StandingIssue extends AbstractAggregateRoot<StandingIssue> {

    @Id
    private final IssueId id;
    private final String code;
    @Embedded.Empty(prefix = "title_")
    private LocalizedText title;
    @Embedded.Nullable(prefix = "description_")
    private LocalizedText description;
    private List<String> terms;
    @MappedCollection(idColumn = "standing_issue_id", keyColumn = "position")
    private List<OutcomeReference> outcomes;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    StandingIssue(IssueId id, String code, LocalizedText title, LocalizedText description, List<String> terms,
                  List<OutcomeReference> outcomes, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.code = code;
        this.title = title;
        this.description = description;
        this.terms = terms == null ? List.of() : List.copyOf(terms);
        this.outcomes = new ArrayList<>(outcomes);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static StandingIssue open(OpenStandingIssue command, Instant now) {
        var issue = new StandingIssue(IssueId.random(), command.code(), command.title(), command.description(), command.terms().phrases(),
                List.of(), null, now, now);
        issue.registerEvent(new StandingIssueOpened(issue.id, issue.code));
        return issue;
    }

    void revise(ReviseStandingIssue command, Instant now) {
        title = command.title();
        description = command.description();
        terms = command.terms().phrases();
        updatedAt = now;
        registerEvent(new StandingIssueRevised(id, code));
    }

    void reference(OutcomeReference outcome, Instant now) {
        outcomes.add(outcome);
        outcomes.sort(Comparator.comparing(OutcomeReference::on));
        updatedAt = now;
        registerEvent(new OutcomeReferenced(id, outcome.document()));
    }

    IssueId id() {
        return id;
    }

    String code() {
        return code;
    }

    LocalizedText title() {
        return title;
    }

    LocalizedText description() {
        return description;
    }

    IssueTerms terms() {
        return new IssueTerms(terms);
    }

    List<OutcomeReference> outcomes() {
        return List.copyOf(outcomes);
    }

    long version() {
        return version == null ? 0 : version;
    }
}
