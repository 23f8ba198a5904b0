package io.peninsula.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * The module and package arrows of docs/architecture.md: core ← app ← {cli, web}; formats and
 * store are reached only through app; inside the core, model ← game ← engine. No exceptions: the
 * front ends see files, Gambit text, bundled scenarios, located problems, store failures and stored
 * runs only through the app's types ({@code Bundled}, {@code ScenarioService.check}, {@code
 * GameFile.ofText}, {@code Errors}, {@code InputProblem}, {@code RunRecord}).
 */
class LayersTest {
  private static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.peninsula");

  @Test
  void modules_dependInward() {
    Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("io.peninsula.error..", "io.peninsula.model..", "io.peninsula.game..", "io.peninsula.engine..")
        .layer("formats").definedBy("io.peninsula.formats..")
        .layer("store").definedBy("io.peninsula.store..")
        .layer("app").definedBy("io.peninsula.app..")
        .layer("frontends").definedBy("io.peninsula.cli..", "io.peninsula.web..")
        .whereLayer("frontends").mayNotBeAccessedByAnyLayer()
        .whereLayer("app").mayOnlyBeAccessedByLayers("frontends")
        .whereLayer("formats").mayOnlyBeAccessedByLayers("app")
        .whereLayer("store").mayOnlyBeAccessedByLayers("app")
        .because("front ends call services; only the app reaches files and the run store")
        .check(ALL);
  }

  @Test
  void core_model_game_engine() {
    noClasses().that().resideInAPackage("io.peninsula.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.peninsula.game..", "io.peninsula.engine..")
        .because("the scenario model is the innermost layer").check(ALL);
    noClasses().that().resideInAPackage("io.peninsula.game..")
        .should().dependOnClassesThat().resideInAnyPackage("io.peninsula.engine..")
        .because("game records know nothing of the engines that solve them").check(ALL);
    noClasses().that().resideInAPackage("io.peninsula.error..")
        .should().dependOnClassesThat().resideInAnyPackage("io.peninsula.model..", "io.peninsula.game..", "io.peninsula.engine..")
        .because("the typed errors sit below every core package so all of them can throw them").check(ALL);
  }

  @Test
  void nobodyUsesTheDeprecatedErrorAliases() {
    noClasses().that().resideOutsideOfPackage("io.peninsula.engine")
        .should().dependOnClassesThat().haveFullyQualifiedName("io.peninsula.engine.InvalidInputException")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.peninsula.engine.IterationLimitException")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.peninsula.engine.NonFiniteResultException")
        .because("the typed errors live in io.peninsula.error; the engine's copies are aliases kept for old code").check(ALL);
  }

  @Test
  void core_knowsNoOuterModule() {
    noClasses().that().resideInAnyPackage("io.peninsula.error..", "io.peninsula.model..", "io.peninsula.game..", "io.peninsula.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("io.peninsula.app..", "io.peninsula.cli..", "io.peninsula.web..",
            "io.peninsula.formats..", "io.peninsula.store..")
        .check(ALL);
  }
}
