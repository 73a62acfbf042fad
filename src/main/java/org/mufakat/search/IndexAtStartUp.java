package org.mufakat.search;

import org.mufakat.access.CurrentActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes what is already on record when the index is empty or was built by an older version of the sources: after
 * the demo data (order 100 and later parts), so that they are found from the first request.
 */
@Component
@Order(1000)
class IndexAtStartUp implements ApplicationRunner {

    private final SiteSearch search;
    private final CurrentActor actor;

    IndexAtStartUp(SiteSearch search, CurrentActor actor) {
        this.search = search;
        this.actor = actor;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (search.needsRebuild()) {
            actor.asSystem("search-index", search::rebuild);
        }
    }
}
