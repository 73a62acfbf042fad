package org.mufakat.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("mufakat-lang") {
            @Override
            public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : supported(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(WebConfiguration::preferredSupportedLocale);
        return resolver;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**", "/feeds/**");
    }

    /**
     * Static files only under their folders (Spring Boot's own mapping is off: spring.web.resources.add-mappings). With
     * the webjars resource chain on, every link a page writes is looked up as a resource whenever a handler's pattern
     * matches it; Boot's "/**" matched them all, so each link to a meeting searched the class path, and a calendar page
     * of 1,500 meetings took a second (docs/benchmarks.md). A new folder under static/ needs its line here.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    /** Only the languages the bundles speak; anything else reads English. */
    private static Locale supported(Locale locale) {
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    private static Locale preferredSupportedLocale(HttpServletRequest request) {
        var requested = java.util.Collections.list(request.getLocales());
        for (Locale locale : requested) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(locale.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
