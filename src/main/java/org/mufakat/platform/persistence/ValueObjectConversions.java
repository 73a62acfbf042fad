package org.mufakat.platform.persistence;

import org.mufakat.platform.domain.Code;
import org.mufakat.platform.domain.Identifier;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Lets aggregates use typed identifiers ({@code MeetingId}) and codes ({@code PartyCode}) while PostgreSQL stores
 * plain {@code uuid}s and {@code text}s. Every {@link Identifier} and {@link Code} record under {@code org.mufakat} is
 * found on the class path, so a new one needs no wiring.
 */
@Configuration(proxyBeanMethods = false)
class ValueObjectConversions {

    @Bean
    JdbcCustomConversions jdbcCustomConversions() {
        Map<Class<?>, Constructor<?>> identifiers = findTypes(Identifier.class, UUID.class);
        Map<Class<?>, Constructor<?>> codes = findTypes(Code.class, String.class);
        return new JdbcCustomConversions(List.of(
                new Unwrap(identifiers.keySet(), UUID.class), new Wrap(identifiers, UUID.class),
                new Unwrap(codes.keySet(), String.class), new Wrap(codes, String.class)));
    }

    private static Map<Class<?>, Constructor<?>> findTypes(Class<?> marker, Class<?> stored) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(marker));
        Map<Class<?>, Constructor<?>> types = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents("org.mufakat")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ValueObjectConversions.class.getClassLoader());
            try {
                types.put(type, type.getDeclaredConstructor(stored));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " must have a constructor taking a " + stored.getSimpleName(), e);
            }
        }
        return types;
    }

    @WritingConverter
    private record Unwrap(Set<Class<?>> types, Class<?> stored) implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return types.stream().map(type -> new ConvertiblePair(type, stored)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            return source instanceof Identifier identifier ? identifier.value() : ((Code) source).value();
        }
    }

    @ReadingConverter
    private record Wrap(Map<Class<?>, Constructor<?>> constructors, Class<?> stored) implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return constructors.keySet().stream().map(type -> new ConvertiblePair(stored, type)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : BeanUtils.instantiateClass(constructors.get(targetType.getType()), source);
        }
    }
}
