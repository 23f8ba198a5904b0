package io.peninsula.app.games;

import io.peninsula.app.scenario.ScenarioRef;
import io.peninsula.engine.security.GameInputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A security game to build from a scenario: its kind (a name of {@code SecurityGames}), the roles,
 * parameters and choices given by name (the rest come from the scenario's {@code roles:} section and
 * the game's defaults), the security issues (empty: the scenario's), whether to sweep each parameter
 * over its range ({@code robustness}), whether the JSON carries each judgement's rationale
 * ({@code explain}), and the Gambit file the front end writes the game to (echoed in the result).
 */
public record GameBuildRequest(ScenarioRef scenario, String kind, Map<String, List<String>> roles, Map<String, Double> parameters,
    Map<String, String> choices, List<String> issues, boolean robustness, boolean explain, Optional<String> out) {
  public GameBuildRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(kind, "kind");
    roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    issues = List.copyOf(issues);
    Objects.requireNonNull(out, "out");
  }

  /** The game's inputs as the core's builders take them. */
  public GameInputs inputs() {
    return new GameInputs(roles, parameters, choices, issues);
  }
}
