package org.haian.strata.analytics;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.haian.strata.testsupport.LayerRules;

/** analytics-service keeps the layers every service keeps (see {@link LayerRules}). */
@AnalyzeClasses(packages = "org.haian.strata.analytics")
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(LayerRules.class);
}
