package org.mufakat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MufakatApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyBusinessModuleIsKnown() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("organisation", "chair", "people", "meetings", "demo", "platform", "press");
    }
}
