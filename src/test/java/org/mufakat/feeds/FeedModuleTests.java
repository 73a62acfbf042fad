package org.mufakat.feeds;

import org.junit.jupiter.api.Test;
import org.mufakat.MufakatApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The feeds are a module of their own that reads the calendar and the organisation and nothing else. */
class FeedModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(MufakatApplication.class);

    @Test
    void theFeedsAreAModuleThatDependsOnlyOnMeetingsOrganisationAndPlatform() {
        ApplicationModule feeds = modules.getModuleByName("feeds").orElseThrow();

        assertThat(feeds.getDisplayName()).isEqualTo("Calendar feeds");
        assertThat(feeds.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("meetings", "organisation", "platform");
        assertThat(modules.stream().filter(module -> module.getDirectDependencies(modules).contains(feeds)))
                .as("nothing depends on the feeds").isEmpty();
    }
}
