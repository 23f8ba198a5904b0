package io.peninsula.app.sweep;

import io.peninsula.app.AppVersion;
import io.peninsula.app.BadRequestException;
import io.peninsula.app.Provenance;
import io.peninsula.app.Sha256;
import io.peninsula.app.Stopwatch;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * {@code sweep}: reads the spec and its scenarios, plans the studies ({@link SweepPlan}) and runs
 * their tasks on local threads ({@link LocalSweepExecutor}) or on Apache Spark ({@link
 * SparkLauncher}); both give the same table, bit for bit. Scenario files named by the spec are
 * read relative to the request's base directory, bundled scenarios from the jar.
 */
public final class SweepService {
  /** The engines a request may name. */
  public static final List<String> ENGINES = List.of("local", "spark");

  /** Runs to the end. */
  public SweepOutcome run(SweepRequest request) {
    return run(request, tasks -> done -> { }, new PrintWriter(PrintWriter.nullWriter()));
  }

  /** Receives the number of tasks once planned, and returns what is told each task done. */
  @FunctionalInterface
  public interface Progress {
    IntConsumer start(int tasks);
  }

  /**
   * Runs the sweep; {@code progress} hears of each finished task (local engine), {@code log}
   * receives the Spark child's output (Spark engine).
   */
  public SweepOutcome run(SweepRequest request, Progress progress, PrintWriter log) {
    Stopwatch clock = new Stopwatch();
    if (!ENGINES.contains(request.engine()))
      throw new BadRequestException("unknown --engine \"" + request.engine() + "\" (allowed: " + String.join(", ", ENGINES) + ")");
    if (request.threads() < 1) throw new BadRequestException("--threads must be at least 1, got " + request.threads());
    SweepSpec sweep = SweepSpecReader.read(request.specName(), request.spec());
    Path base = Path.of(request.baseDirectory());
    Map<String, SweepScenarios.Text> texts = SweepScenarios.load(sweep, base);
    SweepPlan plan;
    try {
      plan = new SweepPlan(sweep, SweepScenarios.parse(texts));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(request.specName() + ": " + e.getMessage(), e);
    }
    SweepTable table;
    if (request.engine().equals("local")) {
      try {
        table = LocalSweepExecutor.run(plan, request.threads(), progress.start(plan.tasks().size()));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("sweep failed: " + e.getMessage(), e);
      }
    } else {
      table = SparkLauncher.run(SweepSpecReader.write(sweep), base, request.master(), SweepPlan.columns(sweep.kind()), log);
    }
    String csv = table.csv();
    return new SweepOutcome(provenance(clock, request, sweep, texts), request, table, csv, Sha256.of(csv));
  }

  private static Provenance provenance(Stopwatch clock, SweepRequest request, SweepSpec sweep, Map<String, SweepScenarios.Text> texts) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("kind", sweep.kind().id());
    options.put("scenarios", sweep.scenarios());
    options.put("models", sweep.models());
    options.put("options", sweep.options().isEmpty() ? "all" : sweep.options());
    options.put("samples", sweep.samples());
    options.put("position_noise", sweep.noise().positionHalfWidth());
    options.put("salience_noise", sweep.noise().salienceHalfWidth());
    options.put("capability_noise", sweep.noise().capabilityRelative());
    options.put("engine", request.engine());
    if (request.engine().equals("spark")) options.put("master", request.master());
    List<Provenance.InputFile> inputs = new ArrayList<>();
    inputs.add(new Provenance.InputFile(request.specName(), Sha256.of(request.spec())));
    for (SweepScenarios.Text t : texts.values()) inputs.add(new Provenance.InputFile(t.name(), Sha256.of(t.content())));
    Map<String, Object> grid = new LinkedHashMap<>(sweep.params());
    Provenance p = clock.provenance("sweep", inputs, options);
    int threads = request.engine().equals("local") ? request.threads() : 1;
    return new Provenance(p.command(), AppVersion.get(), AppVersion.java(), Optional.empty(), Optional.of(String.join(",", sweep.models())),
        Optional.empty(), grid, options, sweep.seed(), threads, inputs, p.started(), p.seconds());
  }

  /** A request from a spec file: its text, reported under its path, scenarios relative to its directory. */
  public static SweepRequest fromFile(Path spec, String engine, String master, int threads) {
    String text;
    try {
      text = Files.readString(spec, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw InputException.of(spec.toString(), 0, 0, "", "cannot be read: " + e.getMessage());
    }
    Path dir = spec.toAbsolutePath().getParent();
    return new SweepRequest(spec.toString(), text, dir.toString(), engine, master, threads);
  }

  /**
   * The spec the command-line flags describe, as spec text: {@code kind} montecarlo or sobol,
   * options {@code all} or ids, {@code params} as {@code KEY=V1,V2} (KEY or MODEL.KEY).
   */
  public static String specFromFlags(List<String> scenarios, List<String> models, Optional<String> options, Optional<Long> samples,
      Optional<Long> seed, Optional<String> kind, List<String> params) {
    Map<String, List<String>> grid = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1)
        throw new BadRequestException("--param " + p + ": expected KEY=V1,V2 (e.g. --param bdm.variant=scholz2011,bdm1994)");
      grid.put(p.substring(0, eq), List.of(p.substring(eq + 1).split(",")));
    }
    String kk = kind.orElse("montecarlo");
    SweepSpec.Kind k;
    if (kk.equals("montecarlo")) k = SweepSpec.Kind.MONTECARLO;
    else if (kk.equals("sobol")) k = SweepSpec.Kind.SOBOL;
    else throw new BadRequestException("unknown --kind \"" + kk + "\" (allowed: montecarlo, sobol)");
    List<String> opts = options.isEmpty() || options.get().equals("all") ? List.of() : List.of(options.get().split(","));
    try {
      return SweepSpecReader.write(new SweepSpec(k, scenarios, models, opts, samples.orElse(1000L), seed.orElse(0L), grid,
          UncertaintyDefaults.standard()));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage(), e);
    }
  }

  /** Writes the table to {@code out}: Parquet for a {@code .parquet} name, CSV for {@code .csv}. */
  public static void write(SweepOutcome outcome, Path out) {
    String name = out.toString();
    if (!(name.endsWith(".parquet") || name.endsWith(".csv")))
      throw new BadRequestException("--out " + out + ": the file name must end in .parquet or .csv");
    try {
      if (name.endsWith(".parquet")) ParquetTables.write(outcome.table(), out);
      else Files.writeString(out, outcome.csv(), StandardCharsets.UTF_8);
    } catch (IOException | StoreException e) {
      throw new BadRequestException("cannot write --out " + out + ": " + e.getMessage(), e);
    }
  }
}
