package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.analysis.SensitivityAnalysis;
import io.peninsula.engine.analysis.SensitivityAnalysis.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sensitivity report (rows per issue, largest first, with 95 % bootstrap intervals, or t-intervals
 * over shifted replicates) and the top rows per issue that every format shows.
 */
public record SensitivityOutcome(Provenance provenance, SensitivityRequest request, LoadedScenario loaded,
    SensitivityAnalysis.Report report) implements ServiceResult {

  /** The top {@code request.top()} rows of each issue. */
  public List<Row> rows() {
    return report.top(request.top());
  }

  /** Notes when neighbouring intervals overlap (the order is not resolved). */
  public List<String> warnings() {
    return report.warnings(request.top());
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("method", request.method());
    root.put("samples", report.samples());
    root.put("evaluations", report.evaluations());
    root.put("top", request.top());
    if (report.replicated()) {
      // absent (runs stored before this field, and every run without --replicates): bootstrap intervals with "resamples"
      root.put("intervals", "replicates");
      root.put("replicates", report.replicates());
    } else {
      root.put("resamples", SensitivityAnalysis.RESAMPLES);
    }
    String a = report.method().mainName();
    String b = report.method().secondName();
    root.put("rows", rows().stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", r.issue());
      m.put("input", r.input());
      m.put(a, r.main());
      m.put(a + "_low", r.mainLow());
      m.put(a + "_high", r.mainHigh());
      m.put(b, r.second());
      if (report.method() == SensitivityAnalysis.Method.SOBOL) {
        m.put(b + "_low", r.secondLow());
        m.put(b + "_high", r.secondHigh());
      }
      return (Object) m;
    }).toList());
    root.put("warnings", warnings());
    return root;
  }
}
