package org.mufakat.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The stylesheet, the script and htmx are served at the addresses the pages link, by anyone. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticAssetsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void servesTheStylesheetAndTheScript() throws Exception {
        mvc.perform(get("/css/mufakat.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/js/mufakat.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
    }

    @Test
    void servesHtmxWithAndWithoutItsVersion() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        String page = mvc.perform(get("/calendar?year=2024")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String versioned = page.replaceAll("(?s).*<script src=\"(/webjars/htmx\\.org/[^\"]+)\".*", "$1");
        org.hamcrest.MatcherAssert.assertThat(versioned, matchesPattern("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js"));
        mvc.perform(get(versioned)).andExpect(status().isOk());
    }

    @Test
    void servesTheApiDocumentationPageAndItsAssets() throws Exception {
        String location = mvc.perform(get("/api/v1/docs")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String stylesheet = page.replaceAll("(?s).*<link rel=\"stylesheet\" type=\"text/css\" href=\"\\./([^\"]+)\".*", "$1");
        mvc.perform(get(location.substring(0, location.lastIndexOf('/') + 1) + stylesheet)).andExpect(status().isOk());
    }

    @Test
    void servesNothingOutsideTheAssetFolders() throws Exception {
        mvc.perform(get("/static/css/mufakat.css")).andExpect(status().isNotFound());
        mvc.perform(get("/mufakat.css")).andExpect(status().isNotFound());
    }
}
