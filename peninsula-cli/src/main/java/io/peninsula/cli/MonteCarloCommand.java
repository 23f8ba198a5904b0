package io.peninsula.cli;

import io.peninsula.engine.analysis.MonteCarlo;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula montecarlo [SCENARIO]}: outcome distributions of each option under input uncertainty. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
    description = {"Monte Carlo over the scenario's uncertain inputs: how sure each option's outcomes are.",
        "Every sample draws positions, saliences and capabilities (declared laws, else the defaults below),",
        "applies each option to the same draw and forecasts. Reports per option and issue the mean, sd and 5/50/95 %% quantiles, and per actor the",
        "probability the option leaves it better off than the baseline. Results are identical for any",
        "--threads. Ctrl-C stops early and reports the samples done.",
        "csv columns: " + MonteCarloReport.CSV_HEADER + "."})
final class MonteCarloCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Mixin ModelOptions modelOptions;

  @Option(names = "--options", defaultValue = "all", paramLabel = "all|ID,ID", description = "Options to analyse. Default: ${DEFAULT-VALUE}.")
  String options;

  @Option(names = "--samples", defaultValue = "1000", paramLabel = "N", description = "Number of samples. Default: ${DEFAULT-VALUE}.")
  long samples;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors). Does not change results.")
  Integer threads;

  @Option(names = "--position-noise", defaultValue = "0.1", paramLabel = "F",
      description = "Default position uncertainty: ±F × scale range, uniform. Default: ${DEFAULT-VALUE}.")
  double positionNoise;

  @Option(names = "--salience-noise", defaultValue = "0.1", paramLabel = "D",
      description = "Default salience uncertainty: ±D, uniform. Default: ${DEFAULT-VALUE}.")
  double salienceNoise;

  @Option(names = "--capability-noise", defaultValue = "0.1", paramLabel = "R",
      description = "Default capability uncertainty: ±R relative, uniform. Default: ${DEFAULT-VALUE}.")
  double capabilityNoise;

  @Mixin StoreOptions store;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;


  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "csv", "json").contains(format))
      throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    if (samples < 1) throw new UsageException("--samples must be at least 1, got " + samples);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) throw new UsageException("--threads must be at least 1, got " + t);
    UncertaintyDefaults defaults;
    try {
      defaults = new UncertaintyDefaults(positionNoise, salienceNoise, capabilityNoise);
    } catch (IllegalArgumentException e) {
      throw new UsageException("noise settings: " + e.getMessage());
    }
    var model = modelOptions.model();
    ModelConfig modelConfig = modelOptions.config();
    LoadedScenario loaded = scenarioOptions.load();
    Scenario s = loaded.scenario();
    List<PolicyOption> chosen = OptionSelection.select(options, s, loaded.origin());
    for (PolicyOption o : chosen) {
      try {
        s.apply(o);
      } catch (IllegalArgumentException e) {
        throw new UsageException("option " + o.id() + " does not apply to " + loaded.origin() + ": " + e.getMessage());
      }
    }
    MonteCarloConfig config = new MonteCarloConfig(modelConfig.seed(), samples, t, defaults, MonteCarloConfig.DEFAULT_BINS);
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
    }, "montecarlo-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      Instant started = Instant.now();
      MonteCarloResult r;
      try (ProgressReporter progress = new ProgressReporter("montecarlo", samples, err, System.console() != null)) {
        r = new MonteCarlo(s, chosen, model, modelConfig, config).run(cancel, progress);
      } catch (IllegalArgumentException e) {
        throw new UsageException("model " + model.name() + " cannot run on " + loaded.origin() + ": " + e.getMessage());
      }
      if (r.cancelled()) err.println("montecarlo: cancelled; reporting the " + r.completed() + " of " + r.requested() + " samples completed");
      MonteCarloReport report = new MonteCarloReport(loaded, chosen, modelConfig, config, r);
      out.print(switch (format) {
        case "csv" -> report.csv();
        case "json" -> report.json();
        default -> report.table();
      });
      out.flush();
      Recording.record(spec, store, "montecarlo", model.name(), report.runConfig(), loaded, config.seed(), started,
          "local:" + t + " threads", report.json());
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
}
