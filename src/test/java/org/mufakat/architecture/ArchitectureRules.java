package org.mufakat.architecture;

import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The architecture rules, kept apart from the classes they are checked against. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** A module's persistence stays inside it: other modules go through its services. */
    static final ArchRule REPOSITORIES_ARE_NOT_PUBLIC = classes()
            .that().areInterfaces().and().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("Spring Data repositories are a module's internals");

    static final ArchRule AGGREGATES_ARE_NOT_PUBLIC = classes()
            .that().areAnnotatedWith(Table.class).and().areAssignableTo(AbstractAggregateRoot.class)
            .should().notBePublic()
            .because("aggregates change only through their module's services, which hand out details records");

    static final ArchRule NO_VAGUE_CLASS_NAMES = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("a class is named for what it is in the domain");

    /** Controllers (@Controller, @RestController) live in web packages. None may exist yet, so an empty check passes. */
    static final ArchRule CONTROLLERS_LIVE_IN_WEB_PACKAGES = classes()
            .that().areMetaAnnotatedWith(Controller.class).or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("..web..")
            .allowEmptyShould(true);
}
