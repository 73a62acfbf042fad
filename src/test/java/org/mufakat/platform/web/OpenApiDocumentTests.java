package org.mufakat.platform.web;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OpenApiDocumentTests extends ApiTestSupport {

    @Test
    void documentsEveryPathOfTheApiWithTags() throws Exception {
        get("/api/v1/openapi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisation'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/parties'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/parties/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/chair-years'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/chair-years/{year}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/chair-years/{year}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/chair-years/rotation'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/series'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/series/{code}/next-ordinals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}'].put.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}/delegations'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}/delegations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/delegations/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/delegations/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}/bilaterals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}/bilaterals'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].put").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItems("Organisation", "Chair years", "Meetings", "Delegations", "People")))
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}'].get.tags", hasItems("Meetings")));
    }

    @Test
    void documentsOnlyTheApi() throws Exception {
        String document = body(get("/api/v1/openapi").andExpect(status().isOk()));
        org.assertj.core.api.Assertions.assertThat(com.jayway.jsonpath.JsonPath.<java.util.Map<String, Object>>read(document, "$.paths").keySet())
                .allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void servesTheInteractiveDocumentation() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/docs"))
                .andExpect(status().is3xxRedirection());
    }
}
