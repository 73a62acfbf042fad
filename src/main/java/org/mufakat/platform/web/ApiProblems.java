package org.mufakat.platform.web;

import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Turns the domain's refusals into RFC 9457 problem details for every JSON API controller; Spring MVC's own
 * refusals (malformed bodies, wrong types, unsupported methods) come out the same way through the base class.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolation violation) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, describe(violation));
        problem.setType(URI.create("https://mufakat.org/problems/rule-violated"));
        problem.setTitle("The request breaks a rule");
        List<Map<String, Object>> errors = violation.violations().stream()
                .map(v -> Map.<String, Object>of(
                        "field", v.field() == null ? "" : v.field(),
                        "code", v.code(),
                        "message", message(v)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound notFound) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setType(URI.create("https://mufakat.org/problems/not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(EditConflict conflict) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setType(URI.create("https://mufakat.org/problems/edit-conflict"));
        problem.setTitle("Changed by someone else");
        problem.setProperty("expectedVersion", conflict.expectedVersion());
        problem.setProperty("currentVersion", conflict.currentVersion());
        problem.setProperty("changes", conflict.changes());
        return problem;
    }

    private String describe(RuleViolation violation) {
        return violation.violations().stream().map(this::message).reduce((a, b) -> a + "; " + b).orElse("");
    }

    /**
     * The bundle's message for the code, or else the domain's default as it stands: it is already rendered text,
     * not a MessageFormat pattern (formatting it would eat apostrophes, "Ministers' Meeting", and fill in braces).
     */
    private String message(RuleViolation.Violation violation) {
        try {
            return messages.getMessage(violation.code(), violation.args(), LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException e) {
            return violation.defaultMessage();
        }
    }
}
