package org.mufakat.platform.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command broke a rule of the domain. Carries every broken rule at once, each naming the field it concerns
 * (or null for the whole), a message code for the bundles and an English default.
 */
public class RuleViolation extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolation(List<Violation> violations) {
        super(violations.stream().map(Violation::defaultMessage).reduce((a, b) -> a + "; " + b).orElse("Invalid input"));
        this.violations = List.copyOf(violations);
    }

    public static RuleViolation of(String field, String code, String defaultMessage, Object... args) {
        return new RuleViolation(List.of(new Violation(field, code, defaultMessage, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public record Violation(String field, String code, String defaultMessage, Object[] args) {

        public Violation {
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Violation that && java.util.Objects.equals(field, that.field)
                    && code.equals(that.code) && Arrays.equals(args, that.args);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(field, code, Arrays.hashCode(args));
        }

        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + defaultMessage;
        }
    }

    /** Collects violations so that a command reports all its problems, not just the first. */
    public static final class Collector {

        private final List<Violation> violations = new ArrayList<>();

        public Collector add(String field, String code, String defaultMessage, Object... args) {
            violations.add(new Violation(field, code, defaultMessage, args));
            return this;
        }

        public Collector check(boolean rule, String field, String code, String defaultMessage, Object... args) {
            return rule ? this : add(field, code, defaultMessage, args);
        }

        public Collector addAll(RuleViolation violation) {
            violations.addAll(violation.violations());
            return this;
        }

        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new RuleViolation(violations);
            }
        }
    }
}
