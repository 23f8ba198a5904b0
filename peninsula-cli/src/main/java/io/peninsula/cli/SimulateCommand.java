package io.peninsula.cli;

import io.peninsula.app.dynamics.ArmsFitService;
import io.peninsula.app.dynamics.SimulateOutcome;
import io.peninsula.app.dynamics.SimulateRequest;
import io.peninsula.app.dynamics.SimulateService;
import io.peninsula.engine.dynamics.SimulationResult;
import java.io.PrintWriter;
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
    io.peninsula.app.ModelSpec modelSpec = modelOptions.spec();
    io.peninsula.app.ModelSpec.Resolved resolved = modelSpec.resolve();
    Optional<ArmsFitService.DyadRequest> arms = Optional.ofNullable(armsDyad).map(this::dyad);
    SimulateRequest request = new SimulateRequest(scenarioOptions.ref(), modelSpec, years, runs, t, arms);
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
        outcome = new SimulateService(scenarioOptions.source()).run(request, cancel, progress);
      }
      SimulationResult r = outcome.result();
      if (r.cancelled()) err.println("simulate: cancelled; reporting the " + r.completed() + " of " + r.requested() + " runs completed");
      SimulateReport report = new SimulateReport(outcome.loaded(), resolved.model().name(), modelOptions.constraint(), outcome.config(),
          outcome.arms(), r);
      io.peninsula.app.ServiceResult run = outcome;
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

  /** {@code --arms ACTOR=STATE,ACTOR=STATE} as the service's dyad request (the service checks the actors and fits it). */
  private ArmsFitService.DyadRequest dyad(String spec) {
    String[] pairs = spec.split(",", -1);
    if (pairs.length != 2) throw new UsageException("--arms must be ACTOR=STATE,ACTOR=STATE (e.g. USA=USA,PRC=CHN); got \"" + spec + "\"");
    String[][] p = new String[2][];
    for (int k = 0; k < 2; k++) {
      p[k] = pairs[k].split("=", -1);
      if (p[k].length != 2 || p[k][0].isBlank() || p[k][1].isBlank())
        throw new UsageException("--arms must be ACTOR=STATE,ACTOR=STATE (e.g. USA=USA,PRC=CHN); got \"" + spec + "\"");
    }
    return new ArmsFitService.DyadRequest(p[0][0].trim(), p[0][1].trim().toUpperCase(Locale.ROOT), p[1][0].trim(),
        p[1][1].trim().toUpperCase(Locale.ROOT), armsData);
  }
}
