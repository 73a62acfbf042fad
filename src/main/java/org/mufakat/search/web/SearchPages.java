package org.mufakat.search.web;

import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.FormErrors;
import org.mufakat.search.SearchKind;
import org.mufakat.search.SearchQuery;
import org.mufakat.search.SiteSearch;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search page: a plain GET form that works without JavaScript; with htmx, the same address answers the results
 * alone as one types (into the page, or into the list under the header's search box).
 */
@Controller
class SearchPages {

    static final int LIVE_LIMIT = 8;

    private final SiteSearch search;
    private final FormErrors formErrors;

    SearchPages(SiteSearch search, FormErrors formErrors) {
        this.search = search;
        this.formErrors = formErrors;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @RequestHeader(value = "HX-Target", required = false) String target,
                  Locale locale, Model model, HttpServletResponse response) {
        boolean live = "search-live".equals(target);
        SearchKind chosen = SearchKind.parse(kind).orElse(null);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", search.kindsOffered());
        model.addAttribute("errors", Map.of());
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", search.search(new SearchQuery(q, chosen, live ? LIVE_LIMIT : SearchQuery.MAX_LIMIT), locale));
            } catch (RuleViolation violation) {
                model.addAttribute("errors", formErrors.of(violation));
                if (htmx == null) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                }
            }
        }
        if (htmx != null) {
            return live ? "search/fragments :: live" : "search/results :: results";
        }
        return "search/results";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(RedirectAttributes redirect) {
        redirect.addFlashAttribute("rebuilt", search.rebuild());
        return "redirect:/search";
    }
}
