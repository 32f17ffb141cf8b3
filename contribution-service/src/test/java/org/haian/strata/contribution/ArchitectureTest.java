package org.haian.strata.contribution;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.haian.strata.testsupport.LayerRules;

/** The layers every service keeps (docs/ARCHITECTURE.md): break one, and this says which and why. */
@AnalyzeClasses(packages = "org.haian.strata.contribution", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(LayerRules.class);
}
