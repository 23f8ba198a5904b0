package io.peninsula.app.scenario;

import io.peninsula.formats.BundledScenarios;
import java.util.Objects;

/**
 * Which scenario a request runs on: a bundled scenario's name or a file path, and the input format
 * to read it with ({@code auto} detects it).
 */
public record ScenarioRef(String name, String inputFormat) {
  public ScenarioRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inputFormat, "inputFormat");
  }

  /** The named scenario, or the default bundled one when {@code nameOrNull} is null. */
  public static ScenarioRef of(String nameOrNull, String inputFormat) {
    return new ScenarioRef(nameOrNull == null ? BundledScenarios.DEFAULT : nameOrNull, inputFormat == null ? "auto" : inputFormat);
  }

  /** The default bundled scenario, detected format. */
  public static ScenarioRef defaults() {
    return of(null, "auto");
  }
}
