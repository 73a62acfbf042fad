package org.mufakat.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The interface speaks English and Vietnamese: every text one bundle has, the other has too. */
class MessageBundleTests {

    @Test
    void everyEnglishTextHasItsVietnameseAndBack() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int bundles = 0;
        for (Resource resource : english) {
            String name = resource.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource vietnamese = resource.createRelative(name.replace(".properties", "_vi.properties"));
            assertThat(vietnamese.exists()).as("%s has a Vietnamese bundle", name).isTrue();
            Set<String> en = keys(resource);
            Set<String> vi = keys(vietnamese);
            assertThat(difference(en, vi)).as("texts of %s missing in Vietnamese", name).isEmpty();
            assertThat(difference(vi, en)).as("texts of %s missing in English", name).isEmpty();
            bundles++;
        }
        assertThat(bundles).isGreaterThanOrEqualTo(2);
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
