package org.mufakat.press;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The reader as a bean, with the organisation definition the application is configured with. */
@Configuration(proxyBeanMethods = false)
class PressConfiguration {

    @Bean
    ReportReader reportReader(@Value("${mufakat.organisation.definition:classpath:organisations/asean.yaml}") Resource definition) {
        try (InputStream in = definition.getInputStream()) {
            return ReportReader.withDefinition(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
