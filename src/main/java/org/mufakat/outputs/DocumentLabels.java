package org.mufakat.outputs;

import org.mufakat.documents.DocumentKind;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The names printed for a document's kind and framework, in both languages. */
@Component
class DocumentLabels {

    private final MessageSource messages;
    private final Organisation organisation;

    DocumentLabels(MessageSource messages, Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    LocalizedText kind(DocumentKind kind) {
        String key = "outputs.kind." + kind.name();
        return LocalizedText.of(messages.getMessage(key, null, Locale.ENGLISH), messages.getMessage(key, null, Locale.forLanguageTag("vi")));
    }

    LocalizedText framework(FrameworkCode code) {
        return organisation.findFramework(code).map(f -> f.shortName()).orElse(LocalizedText.english(code.value()));
    }
}
