package io.peninsula.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.engine.analysis.OptionComparison;
import io.peninsula.engine.analysis.OptionComparison.ActorUtility;
import io.peninsula.engine.analysis.OptionComparison.IssueOutcome;
import io.peninsula.engine.analysis.OptionComparison.OptionResult;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula compare [SCENARIO]}: each policy option's outcomes and actor utilities against the baseline. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare policy options: each option's outcomes and actor utilities against the baseline.",
        "Forecasts the scenario under each option and reports, per issue, the outcome and its change from the",
        "baseline (the scenario as given), and each actor's utility",
        "U = -sum_j s_j |outcome_j - position_j| / range_j at its baseline preferences (0 = all ideal points met).",
        "csv columns: option,kind,id,baseline,value,change (kind: outcome or utility)."})
final class CompareCommand implements Callable<Integer> {
  static final String CSV_HEADER = "option,kind,id,baseline,value,change";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin ScenarioOptions scenarioOptions;

  @Mixin ModelOptions modelOptions;

  @Mixin StoreOptions store;

  @Option(names = "--options", defaultValue = "all", paramLabel = "all|ID,ID", description = "Options to compare. Default: ${DEFAULT-VALUE}.")
  String options;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;


  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "csv", "json").contains(format))
      throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    java.time.Instant started = java.time.Instant.now();
    var model = modelOptions.model();
    var config = modelOptions.config();
    LoadedScenario loaded = scenarioOptions.load();
    Scenario s = loaded.scenario();
    List<PolicyOption> chosen = OptionSelection.select(options, s, loaded.origin());
    OptionComparison.Result r;
    try {
      r = OptionComparison.compare(s, chosen, model, config);
    } catch (IllegalArgumentException e) {
      throw new UsageException("model " + model.name() + " cannot run on " + loaded.origin() + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "csv" -> csv(r);
      case "json" -> json(r, loaded, config);
      default -> table(r, s, loaded.origin());
    });
    out.flush();
    Map<String, Object> runConfig = new LinkedHashMap<>(config.parameters());
    runConfig.put("max_iterations", config.maxIterations());
    runConfig.put("tolerance", config.tolerance());
    runConfig.put("options", chosen.stream().map(PolicyOption::id).toList());
    Recording.record(spec, store, "compare", model.name(), runConfig, loaded, config.seed(), started, "local",
        json(r, loaded, config));
    return Cli.EXIT_OK;
  }

  static String csv(OptionComparison.Result r) {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    for (OptionResult o : r.options()) {
      for (IssueOutcome i : o.issues())
        b.append(String.join(",", o.option().id(), "outcome", i.issueId(), Numbers.plain(i.baseline(), 6),
            Numbers.plain(i.outcome(), 6), Numbers.plain(i.change(), 6))).append('\n');
      for (ActorUtility a : o.actors())
        b.append(String.join(",", o.option().id(), "utility", a.actorId(), Numbers.plain(a.baseline(), 6),
            Numbers.plain(a.utility(), 6), Numbers.plain(a.change(), 6))).append('\n');
    }
    return b.toString();
  }

  static String table(OptionComparison.Result r, Scenario s, String origin) {
    StringBuilder b = new StringBuilder();
    b.append(s.metadata().id()).append(": ").append(s.metadata().title()).append('\n');
    b.append("model ").append(r.model()).append(", scenario ").append(origin).append("; cells: value (change from baseline)\n\n");
    for (int k = 0; k < r.options().size(); k++)
      b.append("[").append(k + 1).append("] ").append(r.options().get(k).option().id()).append(": ")
          .append(r.options().get(k).option().title()).append('\n');
    b.append("\nOutcome per issue\n");
    b.append(matrix("issue", r, r.baseline().stream().map(IssueOutcome::issueId).toList(),
        r.baseline().stream().map(IssueOutcome::outcome).toList(), 1, true));
    b.append("\nUtility per actor (0 = every outcome at the actor's ideal point)\n");
    b.append(matrix("actor", r, r.baselineUtilities().stream().map(ActorUtility::actorId).toList(),
        r.baselineUtilities().stream().map(ActorUtility::utility).toList(), 3, false));
    return b.toString();
  }

  private static String matrix(String what, OptionComparison.Result r, List<String> ids, List<Double> base, int decimals, boolean issues) {
    List<String> header = new ArrayList<>(List.of(what, "baseline"));
    for (int k = 0; k < r.options().size(); k++) header.add("[" + (k + 1) + "]");
    boolean[] right = new boolean[header.size()];
    for (int c = 1; c < right.length; c++) right[c] = true;
    Table t = new Table(header, right);
    for (int row = 0; row < ids.size(); row++) {
      List<String> cells = new ArrayList<>(List.of(ids.get(row), Numbers.fixed(base.get(row), decimals)));
      for (OptionResult o : r.options()) {
        double v = issues ? o.issues().get(row).outcome() : o.actors().get(row).utility();
        double d = issues ? o.issues().get(row).change() : o.actors().get(row).change();
        cells.add(Numbers.fixed(v, decimals) + " (" + signed(d, decimals) + ")");
      }
      t.row(cells);
    }
    return t.render();
  }

  static String signed(double v, int decimals) {
    String f = Numbers.fixed(v, decimals);
    if (Double.parseDouble(f) == 0) return Numbers.fixed(0, decimals);
    return v > 0 ? "+" + f : f;
  }

  private static String json(OptionComparison.Result r, LoadedScenario loaded, io.peninsula.engine.bargaining.ModelConfig config) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provenance", Provenance.of(loaded, r.model(), config));
    root.put("baseline", Map.of("outcomes", r.baseline().stream().map(i -> Map.of("issue", i.issueId(), "outcome", i.outcome())).toList(),
        "utilities", r.baselineUtilities().stream().map(a -> Map.of("actor", a.actorId(), "utility", a.utility())).toList()));
    List<Object> opts = new ArrayList<>();
    for (OptionResult o : r.options()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("option", o.option().id());
      m.put("title", o.option().title());
      m.put("outcomes", o.issues().stream().map(i -> Map.of("issue", i.issueId(), "outcome", i.outcome(), "change", i.change())).toList());
      m.put("utilities", o.actors().stream().map(a -> Map.of("actor", a.actorId(), "utility", a.utility(), "change", a.change())).toList());
      opts.add(m);
    }
    root.put("options", opts);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
