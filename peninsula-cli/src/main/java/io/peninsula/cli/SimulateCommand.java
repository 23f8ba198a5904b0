package io.peninsula.cli;

import io.peninsula.app.dynamics.SimulateOutcome;
import io.peninsula.app.dynamics.SimulateRequest;
import io.peninsula.app.dynamics.SimulateService;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.dynamics.AnnualSeries;
import io.peninsula.engine.dynamics.ArmsDynamics;
import io.peninsula.engine.dynamics.SimulationConfig;
import io.peninsula.engine.dynamics.SimulationResult;
import io.peninsula.formats.data.MilexData;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula simulate [SCENARIO]}: years-ahead simulation with events, the status quo carried forward and arms dynamics. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Simulate the next N years, R times, with events and the status quo carried forward.",
        "Each year draws the scenario's events (one seeded stream per run and year), runs the",
        "bargaining model, carries each outcome forward as next year's status quo and, with --arms,",
        "moves two actors' capabilities by a Richardson model fitted to military expenditure.",
        "Reports per year and issue the mean, 5/50/95 %% quantiles and P(changed from today), and",
        "per event how often it happened. Identical for any --threads. Ctrl-C reports the runs done.",
        "Details:",
        "docs/dynamics.md",
        "csv columns: " + SimulateReport.CSV_HEADER + "."})
final class SimulateCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Mixin ModelOptions modelOptions;

  @Option(names = "--years", defaultValue = "10", paramLabel = "N", description = "Years to simulate. Default: ${DEFAULT-VALUE}.")
  int years;

  @Option(names = "--runs", defaultValue = "1000", paramLabel = "R", description = "Simulated runs. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors). Does not change results.")
  Integer threads;

  @Option(names = "--arms", paramLabel = "DYAD",
      description = {"ACTOR=STATE,ACTOR=STATE: drive two actors' capabilities by a Richardson model fitted to the states' military",
          "expenditure (e.g. USA=USA,PRC=CHN); states as in 'arms fit'."})
  String armsDyad;

  @Option(names = "--arms-data", defaultValue = "sipri", paramLabel = "sipri|nmc", description = "Data for --arms. Default: ${DEFAULT-VALUE}.")
  String armsData;

  @Mixin StoreOptions store;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "csv", "json").contains(format))
      throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    io.peninsula.app.Stopwatch clock = new io.peninsula.app.Stopwatch();
    io.peninsula.app.ModelSpec modelSpec = modelOptions.spec();
    io.peninsula.app.ModelSpec.Resolved resolved = modelSpec.resolve();
    try {
      new SimulationConfig(years, runs, modelOptions.config().seed(), t); // checks the options before the scenario is read
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("years ", "--years ").replace("runs ", "--runs ").replace("threads ", "--threads "));
    }
    LoadedScenario loaded = scenarioOptions.load();
    Scenario s = loaded.scenario();
    Optional<ArmsSetup> arms = Optional.ofNullable(armsDyad).map(d -> armsSetup(d, s));
    SimulateRequest request = new SimulateRequest(scenarioOptions.ref(), modelSpec, years, runs, t, arms.map(ArmsSetup::dynamics));
    SimulateService service = new SimulateService(ScenarioSource.fixed(loaded));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicBoolean cancel = new AtomicBoolean();
    CountDownLatch reported = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      cancel.set(true);
      try {
        reported.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "simulate-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      SimulateOutcome outcome;
      try (ProgressReporter progress = new ProgressReporter("simulate", runs, err, System.console() != null, " runs")) {
        outcome = service.run(request, cancel, progress);
      }
      SimulationResult r = outcome.result();
      if (r.cancelled()) err.println("simulate: cancelled; reporting the " + r.completed() + " of " + r.requested() + " runs completed");
      SimulateReport report = new SimulateReport(loaded, resolved.model().name(), modelOptions.constraint(), outcome.modelConfig(),
          outcome.config(), arms, r);
      java.util.Map<String, Object> options = new java.util.LinkedHashMap<>(report.runConfig());
      io.peninsula.app.Provenance provenance = clock.provenance("simulate", loaded, modelSpec, resolved, options, t);
      Object result = outcome.resultJson(report.runConfig());
      io.peninsula.app.ServiceResult run = new io.peninsula.app.ServiceResult() {
        @Override
        public io.peninsula.app.Provenance provenance() {
          return provenance;
        }

        @Override
        public Record request() {
          return new UntypedRequest("simulate", Recording.args(spec)); // not yet a service: runs rerun cannot rebuild it
        }

        @Override
        public Object resultJson() {
          return result;
        }

        @Override
        public Optional<LoadedScenario> scenario() {
          return Optional.of(loaded);
        }
      };
      out.print(switch (format) {
        case "csv" -> report.csv();
        case "json" -> run.json();
        default -> report.table();
      });
      out.flush();
      Recording.record(spec, store, run);
      err.flush();
      return Cli.EXIT_OK;
    } finally {
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting (Ctrl-C): the hook is running and has been released above
      }
    }
  }

  /** The command line of a command not yet on a service; stored for display, not re-runnable. */
  record UntypedRequest(String command, List<String> args) {}

  /** The arms dyad as the command set it up: actors, states, data and the fit. */
  record ArmsSetup(String firstActor, String firstState, String secondActor, String secondState, MilexData.Source data,
      int from, int to, ArmsDynamics dynamics) {}

  private ArmsSetup armsSetup(String spec, Scenario s) {
    String[] pairs = spec.split(",", -1);
    if (pairs.length != 2) throw new UsageException("--arms must be ACTOR=STATE,ACTOR=STATE (e.g. USA=USA,PRC=CHN); got \"" + spec + "\"");
    String[][] p = new String[2][];
    for (int k = 0; k < 2; k++) {
      p[k] = pairs[k].split("=", -1);
      if (p[k].length != 2 || p[k][0].isBlank() || p[k][1].isBlank())
        throw new UsageException("--arms must be ACTOR=STATE,ACTOR=STATE (e.g. USA=USA,PRC=CHN); got \"" + spec + "\"");
      String actor = p[k][0].trim();
      if (s.actor(actor).isEmpty())
        throw new UsageException("--arms names actor \"" + actor + "\", which the scenario does not have (actors: "
            + String.join(", ", s.actors().stream().map(a -> a.id()).toList()) + ")");
    }
    MilexData data = ArmsCommand.data(armsData);
    String a = p[0][1].trim().toUpperCase(Locale.ROOT);
    String b = p[1][1].trim().toUpperCase(Locale.ROOT);
    int[] w = data.commonWindow(a, b);
    if (w.length == 0) {
      AnnualSeries[] probe = ArmsCommand.load(data, a + "," + b, new int[] {0, 0}); // throws the explanatory message
      throw new UsageException("no common years for " + a + " and " + b + " " + probe.length);
    }
    AnnualSeries[] series = ArmsCommand.load(data, a + "," + b, w);
    try {
      return new ArmsSetup(p[0][0].trim(), a, p[1][0].trim(), b, data.source(), w[0], w[1],
          ArmsDynamics.fit(p[0][0].trim(), p[1][0].trim(), series[0], series[1]));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--arms: cannot fit " + a + "-" + b + ": " + e.getMessage());
    }
  }
}
