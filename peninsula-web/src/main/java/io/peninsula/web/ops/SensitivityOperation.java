package io.peninsula.web.ops;

import io.peninsula.engine.analysis.MorrisScreening;
import io.peninsula.engine.analysis.SensitivityInputs;
import io.peninsula.engine.analysis.SobolIndices;
import io.peninsula.model.Issue;
import io.peninsula.web.ApiException;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import io.peninsula.web.ScenarioCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The {@code sensitivity} job: the CLI's {@code sensitivity --format json} (Morris mu*, sigma or
 * Sobol total, first per issue and input, sorted as a tornado). Progress counts forecasts; a cancel
 * stops at the next forecast. Temporary adapter (it repeats the CLI's defaults and ranking) until
 * the application layer's sensitivity service lands.
 */
public final class SensitivityOperation {
  private final ScenarioCatalog catalog;

  public SensitivityOperation(ScenarioCatalog catalog) {
    this.catalog = catalog;
  }

  public Prepared prepare(Request r) {
    r.allow(Fields.of(true, "kind", "method", "samples", "issue"));
    ModelChoice m = ModelChoice.of(r);
    ResolvedScenario s = catalog.resolve(r);
    String method = r.text("method", "morris");
    if (!List.of("morris", "sobol").contains(method)) throw ApiException.badField("method", "unknown method \"" + method + "\" (allowed: morris, sobol)");
    int n = (int) r.integer("samples", method.equals("morris") ? 10 : 256, 2, 100_000);
    Optional<String> issue = Issues.issue(r.optionalText("issue"), s);
    return new Prepared(m, s, method, n, issue);
  }

  /** A checked sensitivity request. */
  public record Prepared(ModelChoice m, ResolvedScenario s, String method, int n, Optional<String> issue) {
    public Outcome run(JobControl job) {
      Instant started = Instant.now();
      SensitivityInputs inputs = SensitivityInputs.standard(s.scenario());
      List<String> issueIds = s.scenario().issues().stream().map(Issue::id).toList();
      int k = inputs.size();
      job.total(method.equals("morris") ? (long) n * (k + 1) : (long) n * (k + 2));
      AtomicLong done = new AtomicLong();
      Function<double[], double[]> f = u -> {
        if (job.cancel().get()) throw new CancellationException("sensitivity cancelled");
        var res = m.model().forecastWithoutNotes(inputs.scenario(u), m.config());
        double[] y = new double[issueIds.size()];
        for (int i = 0; i < y.length; i++) y[i] = res.issue(issueIds.get(i)).orElseThrow().outcome();
        job.progress(done.incrementAndGet());
        return y;
      };
      String a = method.equals("morris") ? "mu_star" : "total";
      String b = method.equals("morris") ? "sigma" : "first";
      double[][] main;
      double[][] second;
      int evaluations;
      if (method.equals("morris")) {
        var res = MorrisScreening.compute(k, n, 4, m.config().seed(), f);
        main = res.muStar();
        second = res.sigma();
        evaluations = res.evaluations();
      } else {
        var res = SobolIndices.compute(k, n, f);
        main = res.total();
        second = res.first();
        evaluations = res.evaluations();
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int o = 0; o < issueIds.size(); o++) {
        if (issue.isPresent() && !issueIds.get(o).equals(issue.get())) continue;
        List<Map<String, Object>> part = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("issue", issueIds.get(o));
          row.put("input", inputs.inputs().get(i).label());
          row.put(a, main[o][i]);
          row.put(b, second[o][i]);
          part.add(row);
        }
        part.sort(Comparator.comparingDouble((Map<String, Object> x) -> (Double) x.get(a)).reversed()
            .thenComparing(x -> (String) x.get("input")));
        rows.addAll(part);
      }
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("method", method);
      root.put("samples", n);
      root.put("evaluations", evaluations);
      root.put("rows", rows);
      root.put("scales", Scales.of(s.scenario()));
      Map<String, Object> cfg = new LinkedHashMap<>(m.config().parameters());
      cfg.put("method", method);
      cfg.put("samples", n);
      cfg.put("inputs", k);
      return new Outcome(Provenance.of("sensitivity", s, m.name(), cfg, m.config().seed(), 1, started), root, s);
    }
  }
}
