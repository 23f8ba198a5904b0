package io.peninsula.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.engine.analysis.MorrisScreening;
import io.peninsula.engine.analysis.SensitivityInputs;
import io.peninsula.engine.analysis.SobolIndices;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula sensitivity [SCENARIO] --method morris|sobol}: which inputs move each issue's outcome. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {"Which inputs matter: Morris elementary effects (screening) or Sobol first-order and total",
        "indices (variance shares) of every position, salience and capability on each issue's outcome,",
        "over the inputs' uncertainty ranges (declared, or ±10 points / ±0.1 / ±10 %). A sorted tornado per issue."})
final class SensitivityCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Option(names = "--method", defaultValue = "morris", paramLabel = "M", description = "morris or sobol. Default: ${DEFAULT-VALUE}.")
  String method;

  @Option(names = "--samples", paramLabel = "N",
      description = "Morris: trajectories r (default 10); Sobol: base sample N (default 256). Cost: r(k+1) or N(k+2) forecasts.")
  Integer samples;

  @Option(names = "--issue", paramLabel = "ID", description = "Only report this issue.")
  String issue;

  @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Inputs shown per issue. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;


  @Mixin ModelOptions modelOptions;

  @Mixin StoreOptions store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  record Row(String issue, String input, double main, double second) {}

  @Override
  public Integer call() throws Exception {
    if (!List.of("morris", "sobol").contains(method)) throw new UsageException("unknown --method \"" + method + "\" (allowed: morris, sobol)");
    if (!List.of("table", "csv", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    int n = samples != null ? samples : method.equals("morris") ? 10 : 256;
    if (n < 2) throw new UsageException("--samples must be at least 2, got " + n);
    Instant started = Instant.now();
    BargainingModel model = modelOptions.model();
    ModelConfig config = modelOptions.config();
    LoadedScenario loaded = scenarioOptions.load();
    Scenario s = loaded.scenario();
    if (issue != null && s.issue(issue).isEmpty())
      throw new UsageException("unknown issue \"" + issue + "\" in " + loaded.origin() + " (issues: "
          + String.join(", ", s.issues().stream().map(Issue::id).toList()) + ")");
    SensitivityInputs inputs = SensitivityInputs.standard(s);
    List<String> issueIds = s.issues().stream().map(Issue::id).toList();
    long planned = method.equals("morris") ? (long) n * (inputs.size() + 1) : (long) n * (inputs.size() + 2);
    MemoryEstimate.refuseIfTooLarge("sensitivity", (long) n * (inputs.size() + 1) * 8L * (method.equals("morris") ? inputs.size() + issueIds.size() : 2 + 2 * issueIds.size()),
        n + " samples × " + inputs.size() + " inputs", "lower --samples");
    java.util.concurrent.atomic.AtomicLong forecasts = new java.util.concurrent.atomic.AtomicLong();
    Function<double[], double[]> f = u -> {
      forecasts.incrementAndGet();
      var r = model.forecastWithoutNotes(inputs.scenario(u), config);
      double[] y = new double[issueIds.size()];
      for (int k = 0; k < y.length; k++) y[k] = r.issue(issueIds.get(k)).orElseThrow().outcome();
      return y;
    };
    List<Row> rows = new ArrayList<>();
    int evaluations;
    try (Interruption watch = Interruption.watch("sensitivity", spec.commandLine().getErr(),
        () -> forecasts.get() + " of " + planned + " forecasts were done")) {
    if (method.equals("morris")) {
      var r = MorrisScreening.compute(inputs.size(), n, 4, config.seed(), f);
      evaluations = r.evaluations();
      collect(rows, issueIds, inputs, r.muStar(), r.sigma());
    } else {
      var r = SobolIndices.compute(inputs.size(), n, f);
      evaluations = r.evaluations();
      collect(rows, issueIds, inputs, r.total(), r.first());
    }
    }
    String json = json(rows, evaluations, n);
    PrintWriter out = spec.commandLine().getOut();
    String a = method.equals("morris") ? "mu_star" : "total";
    String b = method.equals("morris") ? "sigma" : "first";
    switch (format) {
      case "csv" -> {
        out.println("issue,input," + a + "," + b);
        for (Row r : rows) out.println(r.issue() + "," + r.input() + "," + Numbers.plain(r.main(), 6) + "," + Numbers.plain(r.second(), 6));
      }
      case "json" -> out.print(json);
      default -> table(out, s, model.name(), evaluations, n, rows, a, b);
    }
    out.flush();
    Map<String, Object> cfg = new LinkedHashMap<>(config.parameters());
    cfg.put("method", method);
    cfg.put("samples", n);
    cfg.put("inputs", inputs.size());
    Recording.record(spec, store, "sensitivity", model.name(), cfg, loaded, config.seed(), started, "local", json);
    return Cli.EXIT_OK;
  }

  private void collect(List<Row> rows, List<String> issueIds, SensitivityInputs inputs, double[][] main, double[][] second) {
    for (int o = 0; o < issueIds.size(); o++) {
      if (issue != null && !issueIds.get(o).equals(issue)) continue;
      List<Row> part = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) part.add(new Row(issueIds.get(o), inputs.inputs().get(i).label(), main[o][i], second[o][i]));
      part.sort(Comparator.comparingDouble(Row::main).reversed().thenComparing(Row::input));
      rows.addAll(part);
    }
  }

  private void table(PrintWriter out, Scenario s, String modelName, int evaluations, int n, List<Row> rows, String a, String b) {
    out.println(s.metadata().id() + ": sensitivity by " + method + " (model " + modelName + ", "
        + (method.equals("morris") ? n + " trajectories" : "N = " + n) + ", " + evaluations + " forecasts)");
    out.println(method.equals("morris")
        ? "mu_star: mean |change of the outcome| (scale points) when the input crosses its whole range; sigma: spread (interactions, non-linearity)"
        : "total: share of the outcome's variance due to the input, with its interactions; first: alone");
    String current = null;
    List<Row> block = new ArrayList<>();
    for (Row r : rows) {
      if (!r.issue().equals(current)) {
        if (current != null) block(out, current, block, a, b);
        current = r.issue();
        block.clear();
      }
      block.add(r);
    }
    if (current != null) block(out, current, block, a, b);
  }

  private void block(PrintWriter out, String issueId, List<Row> block, String a, String b) {
    out.println();
    out.println(issueId);
    double max = block.stream().mapToDouble(Row::main).max().orElse(0);
    Table t = new Table(List.of("input", a, b, ""), false, true, true, false);
    for (Row r : block.subList(0, Math.min(top, block.size())))
      t.row(List.of(r.input(), Numbers.fixed(r.main(), 3), Numbers.fixed(r.second(), 3),
          max > 0 ? "#".repeat((int) Math.round(30 * Math.max(0, r.main()) / max)) : ""));
    out.print(t.render());
  }

  private String json(List<Row> rows, int evaluations, int n) throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("method", method);
    root.put("samples", n);
    root.put("evaluations", evaluations);
    String a = method.equals("morris") ? "mu_star" : "total";
    String b = method.equals("morris") ? "sigma" : "first";
    root.put("rows", rows.stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", r.issue());
      m.put("input", r.input());
      m.put(a, r.main());
      m.put(b, r.second());
      return m;
    }).toList());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
  }
}
