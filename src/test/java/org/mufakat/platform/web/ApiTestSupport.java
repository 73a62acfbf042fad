package org.mufakat.platform.web;

import org.mufakat.testing.AsRecordKeeper;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API against the real application on the embedded PostgreSQL with the demo data. Every API test class
 * shares this configuration, hence one application context and one database: tests use their own future years
 * and ordinals, and never count what is in the whole database.
 */
@AsRecordKeeper
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MockMvc mvc;

    protected ResultActions get(String uri, Object... variables) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(uri, variables).accept(MediaType.APPLICATION_JSON));
    }

    /** A GET of a URI exactly as written, already encoded. */
    protected ResultActions getRaw(String encodedUri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(encodedUri)).accept(MediaType.APPLICATION_JSON));
    }

    protected ResultActions post(String uri, String json, Object... variables) throws Exception {
        return send(MockMvcRequestBuilders.post(uri, variables), json);
    }

    protected ResultActions put(String uri, String json, Object... variables) throws Exception {
        return send(MockMvcRequestBuilders.put(uri, variables), json);
    }

    /** A PUT saying the version edited as an If-Match header. */
    protected ResultActions putIfMatch(String ifMatch, String uri, String json, Object... variables) throws Exception {
        return send(MockMvcRequestBuilders.put(uri, variables).header(HttpHeaders.IF_MATCH, ifMatch), json);
    }

    protected ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json));
    }

    protected static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }

    /** A JSON object from alternating names and values (nulls allowed, nested maps and lists too). */
    protected static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    protected static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** An RFC 9457 problem detail with the status, and nothing of the server's insides. */
    protected static ResultMatcher problem(HttpStatus expected) {
        return all(
                status().is(expected.value()),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(expected.value()),
                jsonPath("$.title").isNotEmpty(),
                jsonPath("$.trace").doesNotExist(),
                result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("tools.jackson").doesNotContain("java."));
    }

    /** A 422 naming the field and the rule it breaks. */
    protected static ResultMatcher ruleViolated(String field, String code) {
        return all(problem(HttpStatus.UNPROCESSABLE_CONTENT),
                jsonPath("$.errors[*].field", hasItem(field)),
                jsonPath("$.errors[*].code", hasItem(code)),
                jsonPath("$.errors[*].message").isNotEmpty());
    }

    /** A 400 naming the field of the body or the parameter that cannot be read. */
    protected static ResultMatcher unreadable(String field) {
        return all(problem(HttpStatus.BAD_REQUEST), jsonPath("$.errors[*].field", hasItem(field)));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    /** The strong ETag of a version, as the API sends it. */
    protected static String etag(Number version) {
        return "\"" + version + "\"";
    }
}
