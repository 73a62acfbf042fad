package org.mufakat.organisation.web;

import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.PartyCode;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Locale;

/** Parties and frameworks print by their names in the reader's language, and parse from their codes. */
@Configuration(proxyBeanMethods = false)
class CodeFormatting implements WebMvcConfigurer {

    private final Organisation organisation;

    CodeFormatting(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(PartyCode.class, new Formatter<PartyCode>() {
            @Override
            public String print(PartyCode code, Locale locale) {
                return organisation.findParty(code).map(party -> party.name(locale)).orElse(code.value());
            }

            @Override
            public PartyCode parse(String text, Locale locale) {
                return PartyCode.of(text);
            }
        });
        registry.addFormatterForFieldType(FrameworkCode.class, new Formatter<FrameworkCode>() {
            @Override
            public String print(FrameworkCode code, Locale locale) {
                return organisation.findFramework(code).map(framework -> framework.shortName(locale)).orElse(code.value());
            }

            @Override
            public FrameworkCode parse(String text, Locale locale) {
                return FrameworkCode.of(text);
            }
        });
    }
}
