package org.mufakat.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.platform.domain.LocalizedText;

/** A text in the JSON API, in both languages: {@code { "en": ..., "vi": ... }}; Vietnamese may be null. */
@Schema(description = "A text in English and Vietnamese; English is the working language, Vietnamese may be null")
public record Bilingual(@Schema(example = "Vientiane") String en, @Schema(example = "Viêng Chăn") String vi) {

    /** Null for null, so that optional texts stay absent. */
    public static Bilingual of(LocalizedText text) {
        return text == null ? null : new Bilingual(text.en(), text.vi());
    }

    /** The domain's text, or null when neither language has one (English falls back to Vietnamese). */
    public static LocalizedText toText(Bilingual json) {
        return json == null ? null : LocalizedText.optional(json.en(), json.vi());
    }
}
