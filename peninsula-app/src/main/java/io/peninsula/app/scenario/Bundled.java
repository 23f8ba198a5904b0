package io.peninsula.app.scenario;

import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.ScenarioFormats;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios shipped inside the application (their YAML text on the class path), for front ends
 * that offer them by name: the names, the default one, the text as shipped and the scenario read.
 */
public final class Bundled {
  private Bundled() {}

  /** The scenario a front end uses when none is named. */
  public static final String DEFAULT = BundledScenarios.DEFAULT;

  /** Every bundled scenario's name, in the order they are offered. */
  public static List<String> names() {
    return BundledScenarios.names();
  }

  /** The YAML text of a bundled scenario as shipped, if one has that name. */
  public static Optional<String> text(String name) {
    return BundledScenarios.text(name);
  }

  /** A bundled scenario read (origin its name, format yaml), if one has that name. */
  public static Optional<LoadedScenario> load(String name) {
    return text(name).map(t -> new LoadedScenario(ScenarioFormats.read("yaml", name + ".yaml", t), name, "yaml", t));
  }
}
