package org.mufakat.outputs;

import org.mufakat.platform.domain.RuleViolation;

/** The words of a Chair's press release in English and Vietnamese; a release goes out in both or not at all. */
public record PressReleaseText(String titleEn, String titleVi, String bodyEn, String bodyVi) {

    static final int LONGEST_TITLE = 500;
    static final int LONGEST_BODY = 50_000;

    public PressReleaseText {
        titleEn = clean(titleEn);
        titleVi = clean(titleVi);
        bodyEn = clean(bodyEn);
        bodyVi = clean(bodyVi);
        var problems = new RuleViolation.Collector();
        problems.check(titleEn != null, "titleEn", "outputs.pressRelease.titleEn.required", "The press release needs a title in English");
        problems.check(titleVi != null, "titleVi", "outputs.pressRelease.titleVi.required", "The press release needs a title in Vietnamese");
        problems.check(bodyEn != null, "bodyEn", "outputs.pressRelease.bodyEn.required", "The press release needs its text in English");
        problems.check(bodyVi != null, "bodyVi", "outputs.pressRelease.bodyVi.required", "The press release needs its text in Vietnamese");
        for (var field : new String[][]{{"titleEn", titleEn}, {"titleVi", titleVi}}) {
            problems.check(field[1] == null || field[1].length() <= LONGEST_TITLE, field[0], "outputs.pressRelease.title.tooLong",
                    "A title has at most " + LONGEST_TITLE + " characters", LONGEST_TITLE);
        }
        for (var field : new String[][]{{"bodyEn", bodyEn}, {"bodyVi", bodyVi}}) {
            problems.check(field[1] == null || field[1].length() <= LONGEST_BODY, field[0], "outputs.pressRelease.body.tooLong",
                    "The text has at most " + LONGEST_BODY + " characters", LONGEST_BODY);
        }
        problems.throwIfAny();
    }

    /** Line ends as browsers send them (CRLF) become plain newlines, so that an unchanged text compares equal. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalized = java.text.Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), java.text.Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
    }
}
