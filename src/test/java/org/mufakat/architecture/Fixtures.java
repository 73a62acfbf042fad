package org.mufakat.architecture;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.web.bind.annotation.RestController;

/**
 * Classes that break the architecture rules on purpose, for {@link ArchitectureTests}. They are abstract or
 * marked {@link NoRepositoryBean} so that neither component scanning nor Spring Data ever picks them up.
 */
final class Fixtures {

    private Fixtures() {
    }

    @NoRepositoryBean
    public interface PublicRepository extends ListCrudRepository<PublicAggregate, Long> {
    }

    @Table("public_aggregate")
    public abstract static class PublicAggregate extends AbstractAggregateRoot<PublicAggregate> {
    }

    @Table("hidden_aggregate")
    abstract static class HiddenAggregate extends AbstractAggregateRoot<HiddenAggregate> {
    }

    abstract static class MeetingManager {
    }

    abstract static class DateUtil {
    }

    @RestController
    abstract static class MisplacedController {
    }
}
