package org.haian.strata.reminders;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.haian.strata.testsupport.LayerRules;

/** reminders-service keeps the layers every service keeps (see {@link LayerRules}). */
@AnalyzeClasses(packages = "org.haian.strata.reminders", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(LayerRules.class);
}
