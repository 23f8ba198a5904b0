package io.peninsula;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the core pure: no adapters, no I/O, no frameworks. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS) // the test kit (a test dependency) is not core
      .importPackages("io.peninsula");

  @Test
  void core_doesNotDependOnAdaptersOrIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.peninsula.formats..", "io.peninsula.cli..", "io.peninsula.store..", "io.peninsula.web..",
            "com.fasterxml..", "picocli..", "java.sql..", "java.nio.file..", "java.net..", "org.duckdb..")
        .because("the core (model and engines) is pure: adapters depend on it, never the reverse")
        .check(CORE);
  }

  @Test
  void core_doesNotUseFileIo() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .check(CORE);
  }
}
