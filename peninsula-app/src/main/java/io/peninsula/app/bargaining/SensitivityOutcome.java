package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sensitivity rows per issue, largest first: Morris mu* and sigma, or Sobol total and first-order
 * indices, with the samples used and the number of forecasts run.
 */
public record SensitivityOutcome(Provenance provenance, SensitivityRequest request, LoadedScenario loaded, String method, int samples,
    int evaluations, List<Row> rows) implements ServiceResult {

  /** One input's effect on one issue: {@code main} is mu* or total, {@code second} sigma or first-order. */
  public record Row(String issue, String input, double main, double second) {}

  public SensitivityOutcome {
    rows = List.copyOf(rows);
  }

  /** The name of the ranking column: mu_star (Morris) or total (Sobol). */
  public String mainName() {
    return method.equals("morris") ? "mu_star" : "total";
  }

  /** The name of the second column: sigma (Morris) or first (Sobol). */
  public String secondName() {
    return method.equals("morris") ? "sigma" : "first";
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("method", method);
    root.put("samples", samples);
    root.put("evaluations", evaluations);
    root.put("rows", rows.stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", r.issue());
      m.put("input", r.input());
      m.put(mainName(), r.main());
      m.put(secondName(), r.second());
      return (Object) m;
    }).toList());
    return root;
  }
}
