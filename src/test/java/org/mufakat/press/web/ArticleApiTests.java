package org.mufakat.press.web;

import org.junit.jupiter.api.Test;
import org.mufakat.platform.web.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ArticleApiTests extends ApiTestSupport {

    private static final String REPORT = "SOM ASEAN rà soát công tác chuẩn bị cho Hội nghị Bộ trưởng Ngoại giao lần thứ 54\n"
            + "VOV.VN - Ngày 29/7 đã diễn ra Hội nghị các Quan chức cao cấp (SOM) ASEAN trù bị cho Hội nghị Bộ trưởng Ngoại giao ASEAN "
            + "lần thứ 54 (AMM-54). Thứ trưởng Ngoại giao Nguyễn Quốc Dũng, Trưởng SOM ASEAN Việt Nam dẫn đầu đoàn Việt Nam tham dự Hội nghị.\n"
            + "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 và các Hội nghị liên quan sẽ diễn ra trực tuyến từ 2-6/8/2021.";

    @Test
    void readsAReportSentAsJson() throws Exception {
        post("/api/v1/articles", json(fields("text", REPORT, "published", "2021-07-30", "source", "https://vov.vn/x")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.language").value("vi"))
                .andExpect(jsonPath("$.title").value(startsWith("SOM ASEAN rà soát")))
                .andExpect(jsonPath("$.published").value("2021-07-30"))
                .andExpect(jsonPath("$.source").value("https://vov.vn/x"))
                .andExpect(jsonPath("$.meetings[*].type", contains("SOM", "AMM")))
                .andExpect(jsonPath("$.meetings[0].start").value("2021-07-29"))
                .andExpect(jsonPath("$.meetings[1].ordinal").value(54))
                .andExpect(jsonPath("$.meetings[1].format").value("online"))
                .andExpect(jsonPath("$.meetings[1].role").value("upcoming"))
                .andExpect(jsonPath("$.heads_of_delegation[0].name").value("Nguyễn Quốc Dũng"))
                .andExpect(jsonPath("$.chair_country").isEmpty())
                .andExpect(jsonPath("$.document_count").isEmpty())
                .andExpect(jsonPath("$.meetings[0].span").isArray())
                .andExpect(jsonPath("$.fingerprint.sha256").isNotEmpty())
                .andExpect(jsonPath("$.text").value(startsWith("SOM ASEAN")));
    }

    @Test
    void readsAReportSentAsPlainTextOrHtml() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/articles?published=2021-07-30").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .content(REPORT.getBytes(StandardCharsets.UTF_8)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[*].type", contains("SOM", "AMM")));
        String html = "<html><head><title>AMM-57</title></head><body><article><h1>Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57</h1>"
                + "<p>Ngày 25/7/2024, tại Thủ đô Vientiane đã diễn ra Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57, với sự tham dự "
                + "của các Bộ trưởng Ngoại giao và Tổng Thư ký ASEAN.</p></article></body></html>";
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/articles").contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                        .content(html.getBytes(StandardCharsets.UTF_8)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57"))
                .andExpect(jsonPath("$.meetings[0].city").value("Vientiane"));
    }

    @Test
    void anEmptyReportIsAProblem() throws Exception {
        post("/api/v1/articles", json(fields("text", ""))).andExpect(ruleViolated("text", "press.report.text-or-html"));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/articles").contentType(MediaType.TEXT_PLAIN).content(new byte[0])
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().is4xxClientError());
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/articles").contentType(MediaType.TEXT_PLAIN).content("   \n  ")
                .accept(MediaType.APPLICATION_JSON)).andExpect(ruleViolated("content", "press.report.no-article"));
    }

    @Test
    void textAndHtmlTogetherIsAProblem() throws Exception {
        post("/api/v1/articles", json(fields("text", REPORT, "html", "<p>x</p>"))).andExpect(ruleViolated("html", "press.report.text-or-html"));
    }

    @Test
    void binaryIsAProblem() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/articles").contentType(MediaType.TEXT_PLAIN).content(new byte[]{1, 2, 0, 0, 5, 6})
                .accept(MediaType.APPLICATION_JSON)).andExpect(ruleViolated("content", "press.report.binary"));
    }

    @Test
    void aBadDateIsAProblemNamingTheField() throws Exception {
        post("/api/v1/articles", json(fields("text", REPORT, "published", "29/7/2021"))).andExpect(unreadable("published"));
    }
}
