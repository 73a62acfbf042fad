package org.mufakat.platform.web;

import org.mufakat.platform.domain.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the JSON API controllers share when they turn a request into a command: codes and values whose
 * constructors refuse malformed input become rule violations naming the request's field (422, not 500), and
 * the version an edit is based on comes from the body or from an {@code If-Match} header.
 */
public final class ApiInput {

    private ApiInput() {
    }

    /** The code, or null for a blank value; a malformed one ("Japan!" for a party code) is refused. */
    public static <T> T code(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(field, "input.code.malformed", "'" + value + "' is not a valid code", value);
        }
    }

    /** A value object whose constructor refuses input with an IllegalArgumentException, refused as a rule violation. */
    public static <T> T valid(String field, String code, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(field, code, e.getMessage());
        }
    }

    /** The strong ETag of a version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the editor loaded, from the body or the {@code If-Match} header (an ETag this API sent);
     * null when neither says. Both saying different things is a bad request.
     */
    public static Long editedVersion(Long inBody, String ifMatch) {
        Long inHeader = ifMatch == null || ifMatch.isBlank() ? null : parseETag(ifMatch);
        if (inBody != null && inHeader != null && !inBody.equals(inHeader)) {
            throw badRequest("The version in the body (" + inBody + ") and in If-Match (" + inHeader + ") disagree");
        }
        return inBody != null ? inBody : inHeader;
    }

    /** Like {@link #editedVersion}, but an edit without a version is refused with 428 Precondition Required. */
    public static long requiredVersion(Long inBody, String ifMatch) {
        Long version = editedVersion(inBody, ifMatch);
        if (version == null) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                    "Say which version you edited: send it as 'version' in the body or as an If-Match header with the ETag you received");
            problem.setType(URI.create("https://mufakat.org/problems/version-required"));
            problem.setTitle("The version you edited is required");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        return version;
    }

    private static long parseETag(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw badRequest("If-Match must carry one ETag this API sent, such as \"3\"");
        }
    }

    private static ErrorResponseException badRequest(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("https://mufakat.org/problems/bad-version"));
        problem.setTitle("Unusable version");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
