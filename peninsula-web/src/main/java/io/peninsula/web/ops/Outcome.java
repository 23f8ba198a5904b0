package io.peninsula.web.ops;

import io.peninsula.web.ResolvedScenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A finished operation: its provenance, its result (JSON-ready) and the scenario it ran on (for the run store). */
public record Outcome(Provenance provenance, Object result, ResolvedScenario scenario) {
  public Outcome {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(scenario, "scenario");
  }

  /** {@code {"provenance": {…}, "result": {…}}}. */
  public Map<String, Object> envelope() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("provenance", provenance.asMap());
    m.put("result", result);
    return m;
  }
}
