package io.peninsula.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.engine.sweep.LocalSweepExecutor;
import io.peninsula.engine.sweep.SweepPlan;
import io.peninsula.engine.sweep.SweepSpec;
import io.peninsula.engine.sweep.SweepTable;
import io.peninsula.formats.InputException;
import io.peninsula.formats.scenario.SweepScenarios;
import io.peninsula.formats.scenario.SweepSpecReader;
import io.peninsula.store.ParquetTables;
import io.peninsula.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula sweep [SPEC.yaml]}: Monte Carlo or Sobol studies over scenarios × models × parameter grids. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Runs a Monte Carlo or Sobol study for every scenario x model x model-parameter set, driven by a",
        "spec file (docs/sweeps.md) or by the flags below, on local threads or on Apache Spark. The result is",
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
    if (!engine.equals("local") && !engine.equals("spark")) throw new UsageException("unknown --engine \"" + engine + "\" (allowed: local, spark)");
    if (out != null && !(out.toString().endsWith(".parquet") || out.toString().endsWith(".csv")))
      throw new UsageException("--out " + out + ": the file name must end in .parquet or .csv");
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) throw new UsageException("--threads must be at least 1, got " + t);
    String specText;
    String specName;
    Path base;
    boolean flags = scenarios != null || models != null || options != null || samples != null || seed != null || kind != null || params != null;
    if (specFile != null) {
      if (flags) throw new UsageException("give either a SPEC file or the --scenario/--models/... flags, not both");
      try {
        specText = Files.readString(specFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw InputException.of(specFile.toString(), 0, 0, "", "cannot be read: " + e.getMessage());
      }
      specName = specFile.toString();
      base = specFile.toAbsolutePath().getParent();
    } else {
      if (scenarios == null || models == null) throw new UsageException("give a SPEC file, or at least --scenario and --models");
      specText = SweepSpecReader.write(fromFlags());
      specName = "(flags)";
      base = Path.of("").toAbsolutePath();
    }
    SweepSpec sweep = SweepSpecReader.read(specName, specText);
    Map<String, SweepScenarios.Text> texts = SweepScenarios.load(sweep, base);
    SweepPlan plan;
    try {
      plan = new SweepPlan(sweep, SweepScenarios.parse(texts));
    } catch (IllegalArgumentException e) {
      throw new UsageException(specName + ": " + e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    Instant started = Instant.now();
    SweepTable table;
    String executor;
    if (engine.equals("local")) {
      try (ProgressReporter progress = new ProgressReporter("sweep", plan.tasks().size(), err, System.console() != null)) {
        table = LocalSweepExecutor.run(plan, t, d -> progress.accept(d));
      } catch (IllegalArgumentException e) {
        throw new UsageException("sweep failed: " + e.getMessage());
      }
      executor = "local:" + t + " threads";
    } else {
      table = SparkLauncher.run(SweepSpecReader.write(sweep), base, master, SweepPlan.columns(sweep.kind()), err);
      executor = "spark:" + master;
    }
    String csv = table.csv();
    if (out != null) {
      try {
        if (out.toString().endsWith(".parquet")) ParquetTables.write(table, out);
        else Files.writeString(out, csv, StandardCharsets.UTF_8);
      } catch (IOException | StoreException e) {
        throw new UsageException("cannot write --out " + out + ": " + e.getMessage());
      }
      err.println("sweep: " + table.rows().size() + " rows written to " + out);
    }
    if (out == null || "csv".equals(format)) {
      PrintWriter o = spec.commandLine().getOut();
      o.print(csv);
      o.flush();
    }
    record(sweep, specText, texts, table, csv, started, executor, t);
    err.flush();
    return Cli.EXIT_OK;
  }

  private SweepSpec fromFlags() {
    Map<String, List<String>> grid = new LinkedHashMap<>();
    for (String p : params == null ? List.<String>of() : params) {
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1) throw new UsageException("--param " + p + ": expected KEY=V1,V2 (e.g. --param bdm.variant=scholz2011,bdm1994)");
      grid.put(p.substring(0, eq), List.of(p.substring(eq + 1).split(",")));
    }
    SweepSpec.Kind k;
    String kk = kind == null ? "montecarlo" : kind;
    if (kk.equals("montecarlo")) k = SweepSpec.Kind.MONTECARLO;
    else if (kk.equals("sobol")) k = SweepSpec.Kind.SOBOL;
    else throw new UsageException("unknown --kind \"" + kind + "\" (allowed: montecarlo, sobol)");
    List<String> opts = options == null || options.equals("all") ? List.of() : List.of(options.split(","));
    try {
      return new SweepSpec(k, scenarios, models, opts, samples == null ? 1000 : samples, seed == null ? 0 : seed, grid,
          UncertaintyDefaults.standard());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private void record(SweepSpec sweep, String specText, Map<String, SweepScenarios.Text> texts, SweepTable table, String csv,
      Instant started, String executor, int t) {
    StringBuilder content = new StringBuilder(specText);
    for (SweepScenarios.Text x : texts.values()) content.append("\n--- ").append(x.name()).append('\n').append(x.content());
    var first = texts.values().iterator().next();
    LoadedScenario inputs = new LoadedScenario(first.parse(), String.join(",", sweep.scenarios()), "sweep", content.toString());
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("kind", sweep.kind().id());
    config.put("scenarios", sweep.scenarios());
    config.put("models", sweep.models());
    config.put("options", sweep.options().isEmpty() ? "all" : sweep.options());
    config.put("samples", sweep.samples());
    config.put("params", sweep.params());
    config.put("engine", engine);
    if (engine.equals("spark")) config.put("master", master);
    else config.put("threads", t);
    if (out != null) config.put("out", out.toAbsolutePath().toString());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("rows", table.rows().size());
    result.put("csv_sha256", sha256(csv));
    result.put("columns", table.columns().stream().map(SweepTable.Column::name).toList());
    if (table.rows().size() <= 5000) result.put("table", table.rows());
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(result);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Recording.record(spec, store, "sweep", String.join(",", sweep.models()), config, inputs, sweep.seed(), started, executor, json);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
