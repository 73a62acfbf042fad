package org.mufakat.platform.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.mufakat.platform.domain.RuleViolation;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How refusals raised while Jackson reads a body come out, for a controller that binds self-validating records
 * directly (the API's own request records are plain, so this is the safety net).
 */
class ApiProblemsTests {

    record Slot(LocalDate start, LocalDate end) {

        Slot {
            if (end != null && end.isBefore(start)) {
                throw RuleViolation.of("end", "slot.endBeforeStart", "The slot cannot end (" + end + ") before it starts", end);
            }
        }
    }

    record Booking(Slot slot, LocalizedText name) {
    }

    @RestController
    static class Bookings {

        @PostMapping("/bookings")
        Booking book(@RequestBody Booking booking) {
            return booking;
        }
    }

    private final MockMvc mvc = with(new StaticMessageSource());

    @Test
    void surfacesARuleBrokenWhileReadingTheBodyAsTheDomainsRefusal() throws Exception {
        book("{\"slot\": {\"start\": \"2031-01-02\", \"end\": \"2031-01-01\"}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("end"))
                .andExpect(jsonPath("$.errors[0].code").value("slot.endBeforeStart"))
                .andExpect(jsonPath("$.errors[0].message").value("The slot cannot end (2031-01-01) before it starts"));
    }

    @Test
    void translatesTheRuleWhenTheBundleHasAMessageForIt() throws Exception {
        var messages = new StaticMessageSource();
        messages.addMessage("slot.endBeforeStart", Locale.ENGLISH, "The slot''s end {0} is too early");
        with(messages).perform(post("/bookings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slot\": {\"start\": \"2031-01-02\", \"end\": \"2030-12-31\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("The slot's end 2030-12-31 is too early"));
    }

    @Test
    void namesTheFieldAValueObjectRefusedWhileReading() throws Exception {
        var refused = book("{\"name\": {\"vi\": \"Phòng họp\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.detail").value("'name' is not valid: An English text is required"));
        assertThat(refused.andReturn().getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("tools.jackson");
    }

    @Test
    void namesTheNestedFieldOfTheWrongType() throws Exception {
        book("{\"slot\": {\"start\": \"soon\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("slot.start"))
                .andExpect(jsonPath("$.detail").value("'slot.start' must be a date written YYYY-MM-DD"));
    }

    /** Advice for HTML pages, which also applies to @RestController (meta-annotated @Controller). */
    @ControllerAdvice(annotations = Controller.class)
    static class PageErrors {

        @ExceptionHandler(NotFound.class)
        @ResponseStatus(HttpStatus.NOT_FOUND)
        @ResponseBody
        String notFound() {
            return "<html>Not found</html>";
        }
    }

    @RestController
    static class Rooms {

        @GetMapping("/rooms/{code}")
        String room(@PathVariable String code) {
            throw new NotFound("room", code);
        }
    }

    @Test
    void answersTheApiWithAProblemEvenWhereAdviceForPagesWouldApply() throws Exception {
        MockMvcBuilders.standaloneSetup(new Rooms()).setControllerAdvice(new PageErrors(), new ApiProblems(new StaticMessageSource()))
                .build()
                .perform(get("/rooms/{code}", "R1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No room R1"));
    }

    private ResultActions book(String json) throws Exception {
        return mvc.perform(post("/bookings").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static MockMvc with(StaticMessageSource messages) {
        return MockMvcBuilders.standaloneSetup(new Bookings()).setControllerAdvice(new ApiProblems(messages)).build();
    }
}
