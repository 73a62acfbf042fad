package org.mufakat.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ArchUnit's core API from plain JUnit tests: each rule is checked against the production classes, and shown to
 * catch a breach in the fixtures beside this test (abstract or @NoRepositoryBean, so Spring never picks them up).
 */
class ArchitectureTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mufakat");

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(Fixtures.PublicRepository.class, Fixtures.PublicAggregate.class, Fixtures.HiddenAggregate.class,
                    Fixtures.MeetingManager.class, Fixtures.DateUtil.class, Fixtures.MisplacedController.class,
                    org.mufakat.architecture.web.WellPlacedController.class);

    @Test
    void theProductionClassesAreImported() {
        assertThat(PRODUCTION.containPackage("org.mufakat.meetings")).isTrue();
        assertThat(PRODUCTION.contain(Fixtures.class)).isFalse();
    }

    @Test
    void springDataRepositoriesAreNotPublic() {
        ArchitectureRules.REPOSITORIES_ARE_NOT_PUBLIC.check(PRODUCTION);
    }

    @Test
    void aggregatesAreNotPublic() {
        ArchitectureRules.AGGREGATES_ARE_NOT_PUBLIC.check(PRODUCTION);
    }

    @Test
    void noClassNameEndsInImplManagerUtilOrUtils() {
        ArchitectureRules.NO_VAGUE_CLASS_NAMES.check(PRODUCTION);
    }

    @Test
    void controllersLiveInWebPackages() {
        ArchitectureRules.CONTROLLERS_LIVE_IN_WEB_PACKAGES.check(PRODUCTION);
    }

    @Test
    void aPublicRepositoryBreaksTheRule() {
        assertThat(violations(ArchitectureRules.REPOSITORIES_ARE_NOT_PUBLIC)).singleElement().asString().contains("PublicRepository");
    }

    @Test
    void aPublicAggregateBreaksTheRuleButAPublicRecordMappedToATableDoesNot() {
        assertThat(violations(ArchitectureRules.AGGREGATES_ARE_NOT_PUBLIC)).singleElement().asString().contains("PublicAggregate");
    }

    @Test
    void vagueNamesBreakTheRule() {
        assertThat(violations(ArchitectureRules.NO_VAGUE_CLASS_NAMES))
                .anySatisfy(line -> assertThat(line).contains("MeetingManager"))
                .anySatisfy(line -> assertThat(line).contains("DateUtil"))
                .hasSize(2);
    }

    @Test
    void aControllerOutsideAWebPackageBreaksTheRule() {
        assertThat(violations(ArchitectureRules.CONTROLLERS_LIVE_IN_WEB_PACKAGES)).singleElement().asString().contains("MisplacedController");
    }

    private static java.util.List<String> violations(com.tngtech.archunit.lang.ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
