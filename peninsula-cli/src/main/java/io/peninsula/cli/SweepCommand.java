package io.peninsula.cli;

import io.peninsula.app.sweep.SweepOutcome;
import io.peninsula.app.sweep.SweepRequest;
import io.peninsula.app.sweep.SweepService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula sweep [SPEC.yaml]}: Monte Carlo or Sobol studies over scenarios × models × parameter grids. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Runs a Monte Carlo or Sobol study for every scenario x model x model-parameter set.",
        "Driven by a spec file (see docs/sweeps.md) or by the flags below, on local threads or on Apache Spark. The result is",
        "one tidy table, identical for any engine, thread or executor count: one row per (scenario, option,",
        "model, params, issue) with its statistics (sobol: per input, first- and total-order indices).",
        "Parquet with --out FILE.parquet, CSV on stdout otherwise."})
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", description = "Sweep spec file (YAML or JSON). Or use the flags.")
  Path specFile;

  @Option(names = "--scenario", split = ",", paramLabel = "S", description = "Scenarios (bundled names or files).")
  List<String> scenarios;

  @Option(names = "--models", split = ",", paramLabel = "M", description = "Models.")
  List<String> models;

  @Option(names = "--options", paramLabel = "all|ID,ID", description = "Options to analyse (default: all).")
  String options;

  @Option(names = "--samples", paramLabel = "N", description = "Monte Carlo samples, or Sobol base sample size N (default: 1000).")
  Long samples;

  @Option(names = "--seed", paramLabel = "K", description = "Seed (default: 0).")
  Long seed;

  @Option(names = "--kind", paramLabel = "KIND", description = "montecarlo (default) or sobol.")
  String kind;

  @Option(names = "--param", paramLabel = "KEY=V1,V2", description = "Model parameter grid; KEY or MODEL.KEY; repeatable.")
  List<String> params;

  @Option(names = "--engine", defaultValue = "local", paramLabel = "ENGINE", description = "local (threads) or spark. Default: ${DEFAULT-VALUE}.")
  String engine;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master (with --engine spark). Default: ${DEFAULT-VALUE}.")
  String master;

  @Option(names = "--threads", paramLabel = "T", description = "Local worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--out", paramLabel = "FILE.parquet", description = "Write the table as Parquet (.parquet) or CSV (.csv).")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", description = "csv: the table on stdout (default when there is no --out).")
  String format;

  @Mixin StoreOptions store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (format != null && !format.equals("csv")) throw new UsageException("unknown --format \"" + format + "\" (allowed: csv)");
    if (!SweepService.ENGINES.contains(engine))
      throw new UsageException("unknown --engine \"" + engine + "\" (allowed: " + String.join(", ", SweepService.ENGINES) + ")");
    if (out != null && !(out.toString().endsWith(".parquet") || out.toString().endsWith(".csv")))
      throw new UsageException("--out " + out + ": the file name must end in .parquet or .csv");
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) throw new UsageException("--threads must be at least 1, got " + t);
    boolean flags = scenarios != null || models != null || options != null || samples != null || seed != null || kind != null || params != null;
    SweepRequest request;
    if (specFile != null) {
      if (flags) throw new UsageException("give either a SPEC file or the --scenario/--models/... flags, not both");
      request = SweepService.fromFile(specFile, engine, master, t);
    } else {
      if (scenarios == null || models == null) throw new UsageException("give a SPEC file, or at least --scenario and --models");
      String text = SweepService.specFromFlags(scenarios, models, Optional.ofNullable(options), Optional.ofNullable(samples),
          Optional.ofNullable(seed), Optional.ofNullable(kind), params == null ? List.of() : params);
      request = new SweepRequest("(flags)", text, Path.of("").toAbsolutePath().toString(), engine, master, t);
    }
    PrintWriter err = spec.commandLine().getErr();
    SweepOutcome outcome;
    ProgressReporter[] progress = new ProgressReporter[1];
    try {
      outcome = new SweepService().run(request, tasks -> {
        progress[0] = new ProgressReporter("sweep", tasks, err, System.console() != null);
        return done -> progress[0].accept(done);
      }, err);
    } finally {
      if (progress[0] != null) progress[0].close();
    }
    if (out != null) {
      SweepService.write(outcome, out);
      err.println("sweep: " + outcome.table().rows().size() + " rows written to " + out);
    }
    if (out == null || "csv".equals(format)) {
      PrintWriter o = spec.commandLine().getOut();
      o.print(outcome.csv());
      o.flush();
    }
    Recording.record(spec, store, outcome);
    err.flush();
    return Cli.EXIT_OK;
  }
}
