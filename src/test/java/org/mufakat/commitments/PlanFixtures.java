package org.mufakat.commitments;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;

import java.util.List;

/** Plans for tests: each test gets its own, with a title of its own. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /** An EAS plan 2031–2033 with three areas and five action lines (1.1, 1.2, 2.1, 2.2, 3.1). */
    static RecordPlan easPlan(String title) {
        return new RecordPlan(LocalizedText.of(title, null), FrameworkCode.of("EAS"), 2031, 2033,
                AdoptingDocument.optional("Test Declaration on " + title, null),
                List.of(area(1, "Sustainable development"), area(2, "Maritime cooperation"), area(3, "Connectivity")),
                List.of(line("1.1"), line("1.2"), line("2.1"), line("2.2"), line("3.1")));
    }

    static PlanArea area(int number, String title) {
        return new PlanArea(number, LocalizedText.of(title, null));
    }

    static ActionLine line(String code) {
        return ActionLine.of(code, LocalizedText.of("Action line " + code, null));
    }
}
