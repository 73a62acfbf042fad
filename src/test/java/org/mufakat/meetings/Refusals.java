package org.mufakat.meetings;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that a command is refused for exactly the named rules. */
final class Refusals {

    private Refusals() {
    }

    static RuleViolation refused(ThrowingCallable command, String... codes) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class, command);
        assertThat(violation).as("the command is refused").isNotNull();
        assertThat(codes(violation)).containsExactlyInAnyOrder(codes);
        return violation;
    }

    static List<String> codes(RuleViolation violation) {
        return violation.violations().stream().map(RuleViolation.Violation::code).toList();
    }
}
