package org.mufakat.platform.web;

import org.mufakat.platform.domain.AccessRefused;
import org.mufakat.platform.domain.EditConflict;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the domain's refusals into RFC 9457 problem details for every JSON API controller; Spring MVC's own
 * refusals (malformed bodies, wrong types, unsupported methods) come out the same way through the base class.
 * A body Jackson cannot read is a 400 naming the field, unless a self-validating record refused it while being
 * read: that is the domain's 422, not hidden inside the reading error.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before advice for pages: @RestController is a @Controller too
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
    ProblemDetail refused(AccessRefused refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not " + refused.action());
        problem.setType(URI.create("https://mufakat.org/problems/forbidden"));
        problem.setTitle("Forbidden");
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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        RuleViolation violation = cause(exception, RuleViolation.class);
        if (violation != null) {
            return handleExceptionInternal(exception, ruleViolated(violation), headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
        }
        return handleExceptionInternal(exception, unreadable(cause(exception, JacksonException.class)), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(exception.getPropertyName());
        String message = "'" + field + "' " + expectation(exception.getRequiredType()) + ", not '" + exception.getValue() + "'";
        var problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("https://mufakat.org/problems/bad-parameter"));
        problem.setProperty("errors", List.of(error(field, "request.parameter.type", message)));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    private ProblemDetail unreadable(JacksonException jackson) {
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("https://mufakat.org/problems/unreadable-body"));
        problem.setTitle("The request body cannot be read");
        String field = jackson == null ? "" : path(jackson);
        if (jackson instanceof StreamReadException || field.isEmpty()) {
            problem.setDetail(jackson instanceof StreamReadException && jackson.getLocation() != null
                    ? "The request body is not well-formed JSON (line " + jackson.getLocation().getLineNr()
                    + ", column " + jackson.getLocation().getColumnNr() + ")"
                    : "The request body is missing or is not the JSON object expected");
            return problem;
        }
        String message = "'" + field + "' " + expectation(jackson);
        problem.setDetail(message);
        problem.setProperty("errors", List.of(error(field, "request.field.unreadable", message)));
        return problem;
    }

    /** "head.person", "members[0].role": where in the body Jackson failed. */
    private static String path(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(JacksonException jackson) {
        if (jackson instanceof ValueInstantiationException && jackson.getCause() instanceof IllegalArgumentException refused) {
            return "is not valid: " + refused.getMessage();
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            return expectation(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
        }
        if (type == LocalDate.class) {
            return "must be a date written YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO 8601 date and time";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "has the wrong type";
    }

    private static Map<String, Object> error(String field, String code, String message) {
        return Map.of("field", field, "code", code, "message", message);
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
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
