package org.mufakat.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the links that switch language on the same page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks() {
        var current = ServletUriComponentsBuilder.fromCurrentRequestUri();
        String en = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", "en").build().toUriString();
        String vi = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", "vi").build().toUriString();
        return new LanguageLinks(relative(en, current.toUriString()), relative(vi, current.toUriString()));
    }

    /** Keeps the links relative to the host so they survive proxies. */
    private static String relative(String absolute, String base) {
        int start = absolute.indexOf('/', absolute.indexOf("//") + 2);
        return start < 0 ? "/" : absolute.substring(start);
    }

    public record LanguageLinks(String en, String vi) {
    }
}
