package org.mufakat.platform.web;

import org.mufakat.platform.domain.Code;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the domain's refusals into per-field messages in the reader's language, for forms. The arguments read
 * as people write them: dates as the language writes dates, codes by the names their modules give them through
 * registered formatters ("Viet Nam", not "VNM").
 */
@Component
public class FormErrors {

    private final MessageSource messages;
    private final ConversionService conversions;
    private final DateLabels dates;

    FormErrors(MessageSource messages, @Qualifier("mvcConversionService") ConversionService conversions, DateLabels dates) {
        this.messages = messages;
        this.conversions = conversions;
        this.dates = dates;
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
        try {
            return messages.getMessage(violation.code(), readable(violation.args()), LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException e) {
            // The domain's default is finished English text, not a pattern to format.
            return violation.defaultMessage();
        }
    }

    public String message(String code, Object... args) {
        return messages.getMessage(code, readable(args), code, LocaleContextHolder.getLocale());
    }

    private Object[] readable(Object[] args) {
        return Arrays.stream(args).map(arg -> switch (arg) {
            case LocalDate date -> dates.day(date);
            case Code code -> conversions.convert(code, String.class);
            case null -> "";
            default -> arg;
        }).toArray();
    }
}
