package org.mufakat.press;

import org.mufakat.platform.domain.RuleViolation;

import java.util.List;

/**
 * A report that cannot be read: empty, too large, binary, or with no article in it. A rule violation, so the API
 * answers 422 with a problem detail naming the code.
 */
public class ReportRefused extends RuleViolation {

    public static final String EMPTY = "press.report.empty";
    public static final String TOO_LARGE = "press.report.too-large";
    public static final String BINARY = "press.report.binary";
    public static final String NO_ARTICLE = "press.report.no-article";

    private final String code;

    public ReportRefused(String field, String code, String message) {
        super(List.of(new Violation(field, code, message, new Object[0])));
        this.code = code;
    }

    public String code() {
        return code;
    }
}
