package io.peninsula.web;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.bargaining.BacktestRequest;
import io.peninsula.app.bargaining.BacktestService;
import io.peninsula.app.bargaining.CompareRequest;
import io.peninsula.app.bargaining.CompareService;
import io.peninsula.app.bargaining.ForecastRequest;
import io.peninsula.app.bargaining.ForecastService;
import io.peninsula.app.bargaining.LeversRequest;
import io.peninsula.app.bargaining.LeversService;
import io.peninsula.app.bargaining.MonteCarloRequest;
import io.peninsula.app.bargaining.MonteCarloService;
import io.peninsula.app.bargaining.PivotalRequest;
import io.peninsula.app.bargaining.PivotalService;
import io.peninsula.app.bargaining.SensitivityRequest;
import io.peninsula.app.bargaining.SensitivityService;
import io.peninsula.app.dynamics.SimulateRequest;
import io.peninsula.app.dynamics.SimulateService;
import io.peninsula.web.ops.GameBuildOperation;
import io.peninsula.web.ops.GameSolveOperation;
import io.peninsula.web.ops.JobControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every operation the API offers, by the command name it is stored under. Each turns the JSON body
 * into the application layer's typed request and calls that service: nothing is computed here. The
 * quick ones answer at once; the long ones ({@link #JOB_KINDS}) are checked at once and run as jobs.
 * Game build and solve call their services too and answer in the workbench's drawing of the game
 * (the adapters in {@code ops}); their runs are stored as the services' results.
 */
public final class Operations {
  public static final List<String> JOB_KINDS = List.of("montecarlo", "sensitivity", "simulate");
  public static final long MAX_SAMPLES = 1_000_000;
  public static final long MAX_RUNS = 100_000;
  private static final Set<String> SCENARIO = Set.of("scenario", "scenario_text", "input_format");
  private static final Set<String> MODEL = Set.of("model", "variant", "params", "seed", "max_iterations");

  private final ScenarioCatalog catalog;
  private final int jobThreads;
  private final Map<String, Function<Request, ServiceResult>> quick = new LinkedHashMap<>();

  public Operations(ScenarioCatalog catalog, int jobThreads) {
    this.catalog = catalog;
    this.jobThreads = jobThreads;
    quick.put("forecast", this::forecast);
    quick.put("compare", this::compare);
    quick.put("pivotal", this::pivotal);
    quick.put("levers", this::levers);
    quick.put("backtest", this::backtest);
    quick.put("game build", new GameBuildOperation(catalog)::run);
    quick.put("game solve", new GameSolveOperation()::run);
  }

  public ScenarioCatalog catalog() {
    return catalog;
  }

  public Optional<Function<Request, ServiceResult>> quick(String command) {
    return Optional.ofNullable(quick.get(command));
  }

  private static Set<String> fields(boolean model, String... own) {
    Set<String> s = new HashSet<>(SCENARIO);
    if (model) s.addAll(MODEL);
    s.addAll(Set.of(own));
    return s;
  }

  /** The model fields as the application's {@link ModelSpec}, checked now (unknown model, parameter or variant: 400). */
  static ModelSpec model(Request r) {
    Map<String, String> params = new LinkedHashMap<>(r.stringMap("params"));
    ModelSpec spec = new ModelSpec(r.text("model", ModelSpec.DEFAULT_MODEL), r.optionalText("variant"), params,
        r.integer("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE), (int) r.integer("max_iterations", 100, 1, 1_000_000), "none");
    spec.resolve();
    return spec;
  }

  private static String options(Request r) {
    return String.join(",", r.list("options", List.of("all")));
  }

  ServiceResult forecast(Request r) {
    return forecastCall(r).run();
  }

  /** A checked forecast body, not yet run: its typed request (the link cache's key) and the scenario it runs on. */
  public record ForecastCall(ScenarioCatalog.Resolved scenario, ForecastRequest request) {
    public ServiceResult run() {
      return new ForecastService(scenario.source()).run(request);
    }
  }

  /** Checks a forecast body now (bad fields: 400; unknown scenario: 404) and returns the call to make. */
  public ForecastCall forecastCall(Request r) {
    r.allow(fields(true, "issue"));
    var s = catalog.resolve(r);
    return new ForecastCall(s, new ForecastRequest(s.ref(), model(r), r.optionalText("issue")));
  }

  ServiceResult compare(Request r) {
    r.allow(fields(true, "options"));
    var s = catalog.resolve(r);
    return new CompareService(s.source()).run(new CompareRequest(s.ref(), model(r), options(r)));
  }

  ServiceResult pivotal(Request r) {
    r.allow(fields(true, "issue"));
    var s = catalog.resolve(r);
    return new PivotalService(s.source()).run(new PivotalRequest(s.ref(), model(r), r.optionalText("issue")));
  }

  ServiceResult levers(Request r) {
    r.allow(fields(true, "issue", "target", "tolerance"));
    var s = catalog.resolve(r);
    return new LeversService(s.source()).run(new LeversRequest(s.ref(), model(r), r.requiredText("issue"), r.requiredNumber("target"),
        r.number("tolerance", 0.5)));
  }

  /** The data set travels as text; the service reads files, so it is written to a scratch file for the call. */
  ServiceResult backtest(Request r) {
    r.allow(Set.of("data_text", "input_format", "models", "params", "rows"));
    String text = r.requiredText("data_text");
    List<String> models = r.list("models", List.of());
    try {
      Path dir = Files.createTempDirectory("peninsula-backtest");
      Path file = dir.resolve("data.tsv");
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new BacktestService().run(new BacktestRequest(file.toString(), Optional.of(r.text("input_format", "deu")), Optional.empty(),
            r.text("rows", "both"), models, r.stringMap("params")));
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks a job request now and returns the work to queue; an unknown kind or a bad field is a 400. */
  public Function<JobControl, ServiceResult> job(String kind, Request r) {
    switch (kind) {
      case "montecarlo" -> {
        r.allow(fields(true, "kind", "options", "samples", "position_noise", "salience_noise", "capability_noise"));
        var s = catalog.resolve(r);
        MonteCarloRequest req = new MonteCarloRequest(s.ref(), model(r), options(r), r.integer("samples", 1000, 1, MAX_SAMPLES), jobThreads,
            r.number("position_noise", 0.1), r.number("salience_noise", 0.1), r.number("capability_noise", 0.1));
        return job -> {
          job.total(req.samples());
          return new MonteCarloService(s.source()).run(req, job.cancel(), job::progress);
        };
      }
      case "sensitivity" -> {
        r.allow(fields(true, "kind", "method", "samples", "issue", "top", "replicates"));
        var s = catalog.resolve(r);
        String method = r.text("method", "morris");
        if (!SensitivityService.METHODS.contains(method))
          throw ApiException.badField("method", "unknown method \"" + method + "\" (allowed: " + String.join(", ", SensitivityService.METHODS) + ")");
        long n = r.integer("samples", 0, 0, 100_000);
        long replicates = r.integer("replicates", 0, 2, 1_000); // 0: absent (bootstrap intervals)
        if (replicates > 0 && !method.equals("sobol"))
          throw ApiException.badField("replicates", "applies to method sobol only (Morris' bootstrap intervals already measure its error)");
        SensitivityRequest req = new SensitivityRequest(s.ref(), model(r), method, n == 0 ? Optional.empty() : Optional.of((int) n),
            r.optionalText("issue"), (int) r.integer("top", 10, 1, 10_000), replicates == 0 ? Optional.empty() : Optional.of((int) replicates));
        long total = SensitivityService.evaluations(req, s.loaded());
        return job -> {
          job.total(total);
          return new SensitivityService(s.source()).run(req, job.cancel(), job::progress);
        };
      }
      case "simulate" -> {
        r.allow(fields(true, "kind", "years", "runs", "constraint"));
        var s = catalog.resolve(r);
        String constraint = r.text("constraint", ModelSpec.CONSTRAINTS.get(0));
        if (!ModelSpec.CONSTRAINTS.contains(constraint))
          throw ApiException.badField("constraint", "unknown constraint \"" + constraint + "\" (allowed: " + String.join(", ", ModelSpec.CONSTRAINTS) + ")");
        ModelSpec base = model(r);
        ModelSpec spec = new ModelSpec(base.name(), base.variant(), base.parameters(), base.seed(), base.maxIterations(), constraint);
        SimulateRequest req = new SimulateRequest(s.ref(), spec, (int) r.integer("years", 5, 1, 200), (int) r.integer("runs", 200, 1, MAX_RUNS),
            jobThreads, Optional.empty());
        return job -> {
          job.total(req.runs());
          return new SimulateService(s.source()).run(req, job.cancel(), job::progress);
        };
      }
      default -> throw ApiException.badField("kind", "unknown job kind \"" + kind + "\" (allowed: " + String.join(", ", JOB_KINDS) + ")");
    }
  }
}
