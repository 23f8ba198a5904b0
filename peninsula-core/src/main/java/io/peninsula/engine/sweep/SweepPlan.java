package io.peninsula.engine.sweep;

import io.peninsula.engine.analysis.MonteCarlo;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloPartial;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.SensitivityInputs;
import io.peninsula.engine.analysis.SobolIndices;
import io.peninsula.engine.analysis.SobolStudy;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.sweep.SweepTable.Column;
import io.peninsula.engine.sweep.SweepTable.Type;
import io.peninsula.model.Issue;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A sweep cut into tasks that any executor may run anywhere, in any order: the studies (scenario ×
 * model × parameter set, in spec order) and, per study, tasks over fixed ranges of Monte Carlo
 * blocks ({@value #MC_BLOCKS_PER_TASK} × {@link MonteCarlo#BLOCK} samples) or Sobol design rows
 * ({@value #SOBOL_ROWS_PER_TASK} rows). A task's result depends only on the spec, the scenarios
 * and the task; {@link #combine} merges results in block or row order. The local executor
 * (threads) and the Spark executor (peninsula-spark) both run {@link #tasks()} through
 * {@link #evaluate} and {@link #combine}, so their tables are identical, bit for bit, for any
 * thread count, executor count or partitioning.
 *
 * <p>Every study uses the spec's seed (common random numbers across models and parameter sets);
 * Monte Carlo histograms have {@value #BINS} bins (quantiles within range/{@code 2·BINS}).
 * Thread-safe: the studies are immutable and each task builds its own evaluator.
 */
public final class SweepPlan {
  /** Monte Carlo blocks per task. */
  public static final int MC_BLOCKS_PER_TASK = 8;
  /** Sobol design rows per task. */
  public static final int SOBOL_ROWS_PER_TASK = 8;
  /** Histogram bins of a Monte Carlo study in a sweep (partials travel between executors). */
  public static final int BINS = 1000;

  /** One scenario × model × parameter set. */
  public record Study(int index, String scenario, String model, Map<String, String> params) {
    /** The parameter set as {@code key=value;key=value} (keys sorted), empty when none. */
    public String paramsLabel() {
      return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
  }

  /** One unit of work: study {@code study}, blocks (Monte Carlo) or rows (Sobol) {@code [from, to)}. */
  public record Task(int study, long from, long to) implements Serializable {}

  private final SweepSpec spec;
  private final List<Study> studies = new ArrayList<>();
  private final List<Object> engines = new ArrayList<>();
  private final List<List<PolicyOption>> chosen = new ArrayList<>();
  private final List<Scenario> scenarioOf = new ArrayList<>();
  private final List<Task> tasks = new ArrayList<>();

  /**
   * @param scenarios each of {@code spec.scenarios()} resolved to a scenario (by the caller, which
   *     owns file and bundled-name resolution)
   * @throws IllegalArgumentException naming the spec field when a model, option or parameter does
   *     not exist or does not fit
   */
  public SweepPlan(SweepSpec spec, Map<String, Scenario> scenarios) {
    this(spec, scenarios, MC_BLOCKS_PER_TASK, SOBOL_ROWS_PER_TASK);
  }

  /**
   * A plan with another task size: {@code blocksPerTask} Monte Carlo blocks or {@code rowsPerTask}
   * Sobol rows per task. The table does not depend on it (results merge per block or point);
   * tests use small tasks to spread few samples over many executors.
   */
  public SweepPlan(SweepSpec spec, Map<String, Scenario> scenarios, int blocksPerTask, int rowsPerTask) {
    this.spec = Objects.requireNonNull(spec, "spec");
    if (blocksPerTask < 1 || rowsPerTask < 1) throw new IllegalArgumentException("tasks must hold at least one block or row");
    for (String m : spec.models())
      if (BargainingModels.byName(m).isEmpty())
        throw new IllegalArgumentException("models: unknown model \"" + m + "\" (known: " + String.join(", ", BargainingModels.names()) + ")");
    for (String key : spec.params().keySet()) {
      int dot = key.indexOf('.');
      if (dot > 0 && !spec.models().contains(key.substring(0, dot)))
        throw new IllegalArgumentException("params: " + key + " names model \"" + key.substring(0, dot) + "\", which is not in models " + spec.models());
    }
    for (String name : spec.scenarios()) {
      Scenario s = Objects.requireNonNull(scenarios.get(name), () -> "scenario " + name + " not resolved");
      List<PolicyOption> opts = options(s, name);
      for (String m : spec.models()) {
        for (Map<String, String> p : grid(m)) {
          int idx = studies.size();
          Study st = new Study(idx, name, m, p);
          studies.add(st);
          scenarioOf.add(s);
          chosen.add(opts);
          engines.add(build(st, s, opts));
          long units = spec.kind() == SweepSpec.Kind.MONTECARLO ? ((MonteCarlo) engines.get(idx)).blocks() : spec.samples();
          int per = spec.kind() == SweepSpec.Kind.MONTECARLO ? blocksPerTask : rowsPerTask;
          for (long f = 0; f < units; f += per) tasks.add(new Task(idx, f, Math.min(units, f + per)));
        }
      }
    }
  }

  private List<PolicyOption> options(Scenario s, String name) {
    if (s.options().isEmpty())
      throw new IllegalArgumentException("scenario " + name + " declares no policy options; add an options: section (see docs/scenario-format.md)");
    if (spec.options().isEmpty()) return s.options();
    List<PolicyOption> out = new ArrayList<>();
    for (String id : spec.options())
      out.add(s.option(id).orElseThrow(() -> new IllegalArgumentException("options: unknown option \"" + id + "\" in scenario " + name
          + " (its options: " + s.options().stream().map(PolicyOption::id).collect(Collectors.joining(", ")) + ")")));
    for (PolicyOption o : out) {
      try {
        s.apply(o);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("options: option " + o.id() + " does not apply to scenario " + name + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The parameter sets for model m: the cross product of the keys that apply to it, keys sorted in each set. */
  private List<Map<String, String>> grid(String m) {
    List<Map<String, String>> sets = new ArrayList<>();
    sets.add(new TreeMap<>());
    for (var e : spec.params().entrySet()) {
      String key = e.getKey();
      int dot = key.indexOf('.');
      if (dot > 0) {
        if (!key.substring(0, dot).equals(m)) continue;
        key = key.substring(dot + 1);
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> set : sets)
        for (String v : e.getValue()) {
          Map<String, String> t = new TreeMap<>(set);
          t.put(key, v);
          next.add(t);
        }
      sets = next;
    }
    return sets.stream().map(x -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(x))).toList();
  }

  private Object build(Study st, Scenario s, List<PolicyOption> opts) {
    BargainingModel model = BargainingModels.byName(st.model()).orElseThrow();
    ModelConfig mc = new ModelConfig(spec.seed(), ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, st.params());
    try {
      model.forecastWithoutNotes(s, mc); // rejects unknown parameters and scenarios the model cannot run, before any task
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("model " + st.model() + (st.params().isEmpty() ? "" : " with " + st.paramsLabel())
          + " cannot run on scenario " + st.scenario() + ": " + e.getMessage(), e);
    }
    if (spec.kind() == SweepSpec.Kind.MONTECARLO)
      return new MonteCarlo(s, opts, model, mc, new MonteCarloConfig(spec.seed(), spec.samples(), 1, spec.noise(), BINS));
    SensitivityInputs in = new SensitivityInputs(s, spec.noise().positionHalfWidth(), spec.noise().salienceHalfWidth(),
        spec.noise().capabilityRelative());
    return new SobolStudy(s, opts, model, mc, (int) spec.samples(), in);
  }

  public SweepSpec spec() {
    return spec;
  }

  public List<Study> studies() {
    return List.copyOf(studies);
  }

  /** Every task, study by study, in block or row order. */
  public List<Task> tasks() {
    return List.copyOf(tasks);
  }

  /** Runs one task on the calling thread: a {@link MonteCarloPartial} or a {@link SobolStudy.Partial}. */
  public Serializable evaluate(Task t) {
    Object e = engines.get(t.study());
    if (e instanceof MonteCarlo mc) return mc.evaluate(t.from(), t.to());
    return ((SobolStudy) e).evaluate((int) t.from(), (int) t.to());
  }

  /** The columns of the table for this spec's kind. */
  public static List<Column> columns(SweepSpec.Kind kind) {
    List<Column> c = new ArrayList<>(List.of(new Column("scenario", Type.STRING), new Column("option", Type.STRING),
        new Column("model", Type.STRING), new Column("params", Type.STRING), new Column("issue", Type.STRING)));
    if (kind == SweepSpec.Kind.MONTECARLO) {
      c.add(new Column("n", Type.LONG));
      for (String s : List.of("mean", "sd", "p05", "p50", "p95", "min", "max", "mean_change")) c.add(new Column(s, Type.DOUBLE));
    } else {
      c.add(new Column("input", Type.STRING));
      for (String s : List.of("first", "total", "variance")) c.add(new Column(s, Type.DOUBLE));
      c.add(new Column("evaluations", Type.LONG));
    }
    return c;
  }

  /**
   * The table from the results of every task (each paired with its task, any order): per study,
   * partials merged in block or row order.
   *
   * @throws IllegalArgumentException when a task's result is missing or repeated
   */
  public SweepTable combine(Collection<Map.Entry<Task, ? extends Serializable>> results) {
    Map<Integer, List<Serializable>> byStudy = new TreeMap<>();
    for (var r : results) byStudy.computeIfAbsent(r.getKey().study(), x -> new ArrayList<>()).add(r.getValue());
    List<List<Object>> rows = new ArrayList<>();
    for (Study st : studies) {
      List<Serializable> parts = byStudy.getOrDefault(st.index(), List.of());
      Scenario s = scenarioOf.get(st.index());
      List<PolicyOption> opts = chosen.get(st.index());
      Object e = engines.get(st.index());
      if (e instanceof MonteCarlo mc) {
        MonteCarloResult r = mc.combine(parts.stream().map(MonteCarloPartial.class::cast).toList());
        for (MonteCarloResult.IssueStats is : r.issues())
          rows.add(List.of(st.scenario(), is.option(), st.model(), st.paramsLabel(), is.issue(), is.n(), is.mean(), is.sd(),
              is.p05(), is.p50(), is.p95(), is.min(), is.max(), is.meanChange()));
      } else {
        SobolStudy so = (SobolStudy) e;
        SobolIndices.Result r = so.combine(parts.stream().map(SobolStudy.Partial.class::cast).toList());
        List<Issue> issues = s.issues();
        var inputs = so.inputs().inputs();
        for (int o = 0; o < opts.size(); o++)
          for (int j = 0; j < issues.size(); j++) {
            int out = o * issues.size() + j;
            for (int i = 0; i < inputs.size(); i++)
              rows.add(List.of(st.scenario(), opts.get(o).id(), st.model(), st.paramsLabel(), issues.get(j).id(), inputs.get(i).label(),
                  r.first()[out][i], r.total()[out][i], r.variance()[out], (long) r.evaluations()));
          }
      }
    }
    return new SweepTable(columns(spec.kind()), rows);
  }
}
