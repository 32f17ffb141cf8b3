package org.haian.strata.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of every service, as rules a build enforces. A service applies them with
 * {@code @AnalyzeClasses(packages = "org.haian.strata.<service>") class ArchitectureTest { @ArchTest static final
 * ArchTests layers = ArchTests.in(LayerRules.class); }}; docs/ARCHITECTURE.md says why each rule is there.
 */
public final class LayerRules {

    private static final String PLATFORM = "org.haian.strata.platform..";

    /** The service's own layers; the platform's packages of the same names are shared by every layer. */
    private static DescribedPredicate<JavaClass> layer(String name) {
        return resideInAPackage("..%s..".formatted(name)).and(resideOutsideOfPackage(PLATFORM))
                .as("the service's " + name + " layer");
    }

    private static final DescribedPredicate<JavaClass> STORAGE = resideInAnyPackage("com.mongodb..", "org.bson..",
            "java.sql..", "javax.sql..", "org.springframework.jdbc..").as("MongoDB or JDBC");

    private static final DescribedPredicate<JavaClass> HTTP = resideInAnyPackage("org.springframework.web..",
            "org.springframework.http..", "jakarta.servlet..").as("HTTP");

    /** Aggregates decide from their own state and the command; they do no I/O and know nothing of the adapters. */
    @ArchTest
    static final ArchRule domainDependsOnNoAdapterAndNoStorage = noClasses().that(layer("domain"))
            .should().dependOnClassesThat(layer("web").or(layer("projection")).or(STORAGE).or(HTTP))
            .because("aggregates decide; reading and writing models and HTTP live in their own layers");

    /** A controller translates HTTP into commands and queries: it touches no aggregate and no collection. */
    @ArchTest
    static final ArchRule webTouchesNoAggregateAndNoStorage = noClasses().that(layer("web"))
            .should().dependOnClassesThat(layer("domain").or(layer("projection")).or(STORAGE))
            .because("the web layer sends commands and queries through Axon's gateways");

    /** A policy reacts to events by sending commands (a saga); like an aggregate it reads and writes no model. */
    @ArchTest
    static final ArchRule policyDependsOnNoAdapterAndNoStorage = noClasses().that(layer("policy"))
            .should().dependOnClassesThat(layer("web").or(layer("projection")).or(layer("domain")).or(STORAGE)
                    .or(HTTP))
            .because("a policy speaks to aggregates only through commands");

    /** A read model is built from events and answers queries; it neither serves HTTP nor calls an aggregate. */
    @ArchTest
    static final ArchRule projectionServesNoHttpAndCallsNoAggregate = noClasses().that(layer("projection"))
            .should().dependOnClassesThat(layer("domain").or(layer("web")).or(HTTP))
            .because("projections only fold events into read models and answer queries");

    /** Commands, queries and views are the service's vocabulary: they depend on nothing of the service. */
    @ArchTest
    static final ArchRule apiDependsOnNothingOfTheService = noClasses().that(layer("api"))
            .should().dependOnClassesThat(layer("domain").or(layer("web")).or(layer("projection")).or(STORAGE))
            .because("every layer uses the api; it must not pull any of them in");

    private LayerRules() {
    }
}
