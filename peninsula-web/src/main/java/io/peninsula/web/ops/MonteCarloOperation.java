package io.peninsula.web.ops;

import io.peninsula.engine.analysis.MonteCarlo;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.model.PolicyOption;
import io.peninsula.web.ApiException;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import io.peninsula.web.ScenarioCatalog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code montecarlo} job: the CLI's {@code montecarlo --format json} (per option and issue the
 * distribution's moments and quantiles; per actor P(better off)). Progress is the number of
 * samples done; cancelling keeps the samples completed, as Ctrl-C does on the CLI. Temporary adapter
 * over {@link MonteCarlo} until the application layer's service lands.
 */
public final class MonteCarloOperation {
  public static final long MAX_SAMPLES = 1_000_000;
  private final ScenarioCatalog catalog;
  private final int threads;

  public MonteCarloOperation(ScenarioCatalog catalog, int threads) {
    this.catalog = catalog;
    this.threads = threads;
  }

  /** Reads and checks the request now (so a bad one is refused at submission), returns the work to run later. */
  public Prepared prepare(Request r) {
    r.allow(Fields.of(true, "kind", "options", "samples", "position_noise", "salience_noise", "capability_noise"));
    ModelChoice m = ModelChoice.of(r);
    ResolvedScenario s = catalog.resolve(r);
    List<PolicyOption> chosen = Issues.options(r.list("options", List.of("all")), s.scenario());
    long samples = r.integer("samples", 1000, 1, MAX_SAMPLES);
    UncertaintyDefaults defaults;
    try {
      defaults = new UncertaintyDefaults(r.number("position_noise", 0.1), r.number("salience_noise", 0.1), r.number("capability_noise", 0.1));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("noise settings: " + e.getMessage());
    }
    MonteCarloConfig config = new MonteCarloConfig(m.config().seed(), samples, threads, defaults, MonteCarloConfig.DEFAULT_BINS);
    return new Prepared(m, s, chosen, config);
  }

  /** A checked Monte Carlo request, ready to run on a worker. */
  public record Prepared(ModelChoice m, ResolvedScenario s, List<PolicyOption> options, MonteCarloConfig config) {
    public Outcome run(JobControl job) {
      Instant started = Instant.now();
      job.total(config.samples());
      MonteCarloResult r;
      try {
        r = new MonteCarlo(s.scenario(), options, m.model(), m.config(), config).run(job.cancel(), job::progress);
      } catch (IllegalArgumentException e) {
        throw Issues.cannotRun(m.name(), e);
      }
      Map<String, Object> cfg = new LinkedHashMap<>(m.config().parameters());
      cfg.put("max_iterations", m.config().maxIterations());
      cfg.put("options", options.stream().map(PolicyOption::id).toList());
      cfg.put("samples", config.samples());
      cfg.put("position_noise", config.defaults().positionHalfWidth());
      cfg.put("salience_noise", config.defaults().salienceHalfWidth());
      cfg.put("capability_noise", config.defaults().capabilityRelative());
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("requested", r.requested());
      root.put("completed", r.completed());
      root.put("cancelled", r.cancelled());
      root.put("issues", r.issues().stream().map(x -> {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("option", x.option());
        mm.put("issue", x.issue());
        mm.put("samples", x.n());
        mm.put("mean", x.mean());
        mm.put("sd", x.sd());
        mm.put("p05", x.p05());
        mm.put("p50", x.p50());
        mm.put("p95", x.p95());
        mm.put("min", x.min());
        mm.put("max", x.max());
        mm.put("mean_change", x.meanChange());
        return mm;
      }).toList());
      root.put("actors", r.actors().stream().map(a -> Map.of("option", a.option(), "actor", a.actor(), "samples", a.n(),
          "better", a.better(), "p_better", a.probability())).toList());
      root.put("scales", Scales.of(s.scenario()));
      return new Outcome(Provenance.of("montecarlo", s, m.name(), cfg, config.seed(), config.threads(), started), root, s);
    }
  }
}
