package org.mufakat.commitments;

import org.mufakat.platform.domain.LocalizedText;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.util.regex.Pattern;

/**
 * A numbered action line of a plan ("3.2.1"); its first number is its area's. Whether that area exists is the
 * plan's rule, not the line's.
 */
@Table("plan_action_line")
public record ActionLine(String code, int areaNumber, @Embedded.Empty(prefix = "text_") LocalizedText text) {

    private static final Pattern CODE = Pattern.compile("[1-9][0-9]?(\\.[1-9][0-9]?){1,3}");

    public ActionLine {
        code = code == null ? null : code.strip();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("An action line is numbered like 3.2 or 3.2.1, not '" + code + "'");
        }
        if (text == null) {
            throw new IllegalArgumentException("Action line " + code + " needs a text");
        }
        if (areaNumber != areaOf(code)) {
            throw new IllegalArgumentException("Action line " + code + " belongs to area " + areaOf(code) + ", not " + areaNumber);
        }
    }

    /** A line whose area is read from its number. */
    public static ActionLine of(String code, LocalizedText text) {
        String stripped = code == null ? null : code.strip();
        if (stripped == null || !CODE.matcher(stripped).matches()) {
            throw new IllegalArgumentException("An action line is numbered like 3.2 or 3.2.1, not '" + code + "'");
        }
        return new ActionLine(stripped, areaOf(stripped), text);
    }

    static int areaOf(String code) {
        return Integer.parseInt(code.substring(0, code.indexOf('.')));
    }

    /** Orders 3.2 before 3.10. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
