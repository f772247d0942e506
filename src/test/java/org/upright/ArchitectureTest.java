package org.upright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of docs/architecture.md true. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.upright");
    }

    @Test
    void nothingImportsTheCompositionRoot() {
        noClasses().that().doNotHaveFullyQualifiedName(App.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(App.class.getName())
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void featuresNeverImportTheCommandLineOrTheWeb() {
        noClasses().that().resideOutsideOfPackages("org.upright.cli..", "org.upright.web..")
                .and().haveNameNotMatching(java.util.regex.Pattern.quote(App.class.getName()) + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.upright.cli..", "org.upright.web..")
                .check(classes);
    }

    @Test
    void nothingButTheCompositionRootImportsTheWeb() {
        noClasses().that().resideOutsideOfPackage("org.upright.web..")
                .and().haveNameNotMatching(java.util.regex.Pattern.quote(App.class.getName()) + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.upright.web..")
                .check(classes);
        noClasses().that().resideInAPackage("org.upright.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.upright.cli..", "org.upright.search.lucene..",
                        "org.upright.search.opensearch..")
                .check(classes);
    }

    @Test
    void commonDependsOnNothingElseOfUpright() {
        noClasses().that().resideInAPackage("org.upright.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.upright.reference..", "org.upright.document..", "org.upright.ingest..",
                        "org.upright.cli..", "org.upright.web..", "org.upright.storage..", "org.upright.search..")
                .check(classes);
    }

    @Test
    void referenceDataDependsOnlyOnCommon() {
        noClasses().that().resideInAPackage("org.upright.reference..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.upright.document..", "org.upright.ingest..", "org.upright.cli..",
                        "org.upright.web..", "org.upright.storage..", "org.upright.search..")
                .check(classes);
    }

    @Test
    void documentDependsOnlyOnReferenceAndCommon() {
        noClasses().that().resideInAPackage("org.upright.document..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.upright.ingest..", "org.upright.cli..", "org.upright.web..",
                        "org.upright.storage..", "org.upright.search..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void searchDependsOnlyOnCommonAndItsPortOnNoEngine() {
        noClasses().that().resideInAPackage("org.upright.search..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.upright.reference..", "org.upright.document..", "org.upright.ingest..",
                        "org.upright.obligation..", "org.upright.cli..", "org.upright.web..", "org.upright.storage..")
                .check(classes);
        noClasses().that().resideInAPackage("org.upright.search")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.upright.search.lucene..")
                .check(classes);
    }

    @Test
    void trackingDependsOnlyOnStorageAccountAndCommon() {
        noClasses().that().resideInAPackage("org.upright.tracking..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.upright.reference..", "org.upright.document..", "org.upright.ingest..",
                        "org.upright.obligation..", "org.upright.search..", "org.upright.cli..", "org.upright.web..")
                .check(classes);
    }

    @Test
    void ofIngestOnlyTheIndexingReadsTracking() {
        // IndexEntries puts each entry's tracking status into the index (ADR 0011); extraction and storage never
        noClasses().that().resideInAPackage("org.upright.ingest.(*)..")
                .should().dependOnClassesThat().resideInAPackage("org.upright.tracking..")
                .check(classes);
    }

    @Test
    void classifyDependsOnlyOnStorageAccountReferenceAndCommon() {
        // the label store keys entries by strings (tracking keys): it never reads ingestion, tracking or the index
        noClasses().that().resideInAPackage("org.upright.classify..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.upright.document..", "org.upright.ingest..", "org.upright.obligation..",
                        "org.upright.tracking..", "org.upright.search..", "org.upright.report..",
                        "org.upright.cli..", "org.upright.web..")
                .check(classes);
    }

    @Test
    void ofIngestOnlyTheIndexingAndIngestionReadLabels() {
        // IngestService has each stored version's entries labelled, IndexEntries puts effective labels in the index
        noClasses().that().resideInAPackage("org.upright.ingest..")
                .and().doNotHaveFullyQualifiedName("org.upright.ingest.IndexEntries")
                .and().doNotHaveFullyQualifiedName("org.upright.ingest.IngestService")
                .should().dependOnClassesThat().resideInAPackage("org.upright.classify..")
                .check(classes);
    }

    @Test
    void domainRecordsImportNoFrameworkTypes() {
        noClasses().that().resideInAPackage("org.upright.ingest.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "org.apache.lucene..", "io.javalin..", "picocli..")
                .check(classes);
    }

    @Test
    void reportsReadFeaturesButNoEngineNorIngestion() {
        // report reads stored documents, obligations, search (the port) and tracking; it never extracts or writes
        noClasses().that().resideInAPackage("org.upright.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.upright.cli..", "org.upright.web..",
                        "org.upright.search.lucene..", "org.upright.search.opensearch..", "org.upright.account..",
                        "org.upright.storage..", "org.upright.ingest", "org.upright.ingest.pdf..",
                        "org.upright.ingest.text..", "org.upright.ingest.compilation..", "org.upright.ingest.generic..",
                        "org.upright.ingest.upr..", "org.upright.ingest.treaty..", "org.upright.classify..",
                        "org.upright.ingest.html..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void accountsDependOnlyOnStorageAndCommon() {
        noClasses().that().resideInAPackage("org.upright.account..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.upright.reference..", "org.upright.document..", "org.upright.ingest..",
                        "org.upright.obligation..", "org.upright.search..", "org.upright.cli..", "org.upright.web..")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.upright.(*)..").should().beFreeOfCycles().check(classes);
    }
}
