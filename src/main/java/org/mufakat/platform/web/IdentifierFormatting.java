package org.mufakat.platform.web;

import org.mufakat.platform.domain.Identifier;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.UUID;

/** Lets controllers take typed identifiers from paths and parameters; a malformed one fails conversion (404 or 400). */
@Configuration(proxyBeanMethods = false)
class IdentifierFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new StringToIdentifier());
    }

    private static final class StringToIdentifier implements ConverterFactory<String, Identifier> {

        @Override
        public <T extends Identifier> Converter<String, T> getConverter(Class<T> targetType) {
            return text -> {
                UUID value = UUID.fromString(text.strip());
                try {
                    return BeanUtils.instantiateClass(targetType.getDeclaredConstructor(UUID.class), value);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(targetType + " needs a constructor taking a UUID", e);
                }
            };
        }
    }
}
