package org.mufakat.platform.web;

import org.mufakat.platform.domain.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the domain's refusals into per-field messages in the reader's language, for forms. */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, List<String>> of(RuleViolation violation) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (RuleViolation.Violation v : violation.violations()) {
            String field = v.field() == null ? "" : v.field();
            errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message(v));
        }
        return errors;
    }

    public String message(RuleViolation.Violation violation) {
        return messages.getMessage(violation.code(), violation.args(), violation.defaultMessage(), LocaleContextHolder.getLocale());
    }

    public String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
