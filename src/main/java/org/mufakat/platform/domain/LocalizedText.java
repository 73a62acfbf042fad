package org.mufakat.platform.domain;

import java.util.Locale;

/**
 * A text in English and Vietnamese. English is required: it is the working language of the organisation;
 * Vietnamese falls back to English where no translation is recorded.
 */
public record LocalizedText(String en, String vi) {

    public LocalizedText {
        en = normalize(en);
        vi = normalize(vi);
        if (en == null) {
            throw new IllegalArgumentException("An English text is required");
        }
    }

    public static LocalizedText of(String en, String vi) {
        return new LocalizedText(en, vi);
    }

    public static LocalizedText english(String en) {
        return new LocalizedText(en, null);
    }

    /** Null when neither language has a text, so optional texts stay optional. */
    public static LocalizedText optional(String en, String vi) {
        String english = normalize(en);
        String vietnamese = normalize(vi);
        if (english == null && vietnamese == null) {
            return null;
        }
        return new LocalizedText(english == null ? vietnamese : english, vietnamese);
    }

    public String in(Locale locale) {
        if (locale != null && "vi".equals(locale.getLanguage()) && vi != null) {
            return vi;
        }
        return en;
    }

    public String in(String language) {
        return in(Locale.forLanguageTag(language));
    }

    @Override
    public String toString() {
        return en;
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String stripped = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
