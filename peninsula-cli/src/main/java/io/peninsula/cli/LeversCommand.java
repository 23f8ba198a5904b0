package io.peninsula.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.engine.analysis.Levers;
import io.peninsula.model.Issue;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula levers [SCENARIO] --issue ID --target VALUE}: whom to persuade, and by how much. */
@Command(name = "levers", mixinStandardHelpOptions = true,
    description = {"Whom to persuade, and by how much, to move an issue's forecast to a target.",
        "For each actor on the issue: the smallest change of its position, salience or capability",
        "(one at a time) that moves the forecast to the target."})
final class LeversCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Option(names = "--issue", required = true, paramLabel = "ID", description = "The issue to move.")
  String issue;

  @Option(names = "--target", required = true, paramLabel = "VALUE", description = "The outcome wanted, on the issue's scale.")
  double target;

  @Option(names = "--tolerance", defaultValue = "0.5", paramLabel = "T",
      description = "How close (scale points) the outcome must come to the target. Default: ${DEFAULT-VALUE}.")
  double tolerance;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;


  @Mixin ModelOptions modelOptions;

  @Mixin StoreOptions store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!List.of("table", "csv", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    Instant started = Instant.now();
    var model = modelOptions.model();
    var config = modelOptions.config();
    LoadedScenario loaded = scenarioOptions.load();
    Issue is = loaded.scenario().issue(issue).orElseThrow(() -> new UsageException("unknown issue \"" + issue + "\" in "
        + loaded.origin() + " (issues: " + String.join(", ", loaded.scenario().issues().stream().map(Issue::id).toList()) + ")"));
    if (target < is.min() || target > is.max())
      throw new UsageException("--target " + Numbers.plain(target, 4) + " is outside the scale of " + issue + " ["
          + Numbers.plain(is.min(), 4) + ", " + Numbers.plain(is.max(), 4) + "]");
    double now = model.forecast(loaded.scenario(), config).issue(issue).orElseThrow().outcome();
    List<Levers.Lever> levers = Levers.find(loaded.scenario(), model, config, issue, target, tolerance);
    String json = json(now, levers);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "csv" -> {
        out.println("actor,lever,from,to,change,outcome,reachable");
        for (var l : levers)
          out.println(String.join(",", l.actor(), l.lever(), Numbers.plain(l.from(), 6), Numbers.plain(l.to(), 6),
              Numbers.plain(l.change(), 6), Numbers.plain(l.outcome(), 6), String.valueOf(l.reachable())));
      }
      case "json" -> out.print(json);
      default -> {
        out.println(loaded.scenario().metadata().id() + ", issue " + issue + " (model " + model.name() + "): forecast "
            + ForecastReport.meaning(is, now) + "; target " + ForecastReport.meaning(is, target));
        out.println("Levers that reach the target (within " + Numbers.plain(tolerance, 4) + "), least effort first:");
        Table t = new Table(List.of("actor", "lever", "from", "to", "change", "outcome", "effort"), false, false, true, true, true, true, true);
        List<Levers.Lever> unreachable = new ArrayList<>();
        for (var l : levers) {
          if (!l.reachable()) {
            unreachable.add(l);
            continue;
          }
          t.row(List.of(l.actor(), l.lever(), Numbers.fixed(l.from(), 3), Numbers.fixed(l.to(), 3), signed(l.change()),
              Numbers.fixed(l.outcome(), 1), Math.round(100 * l.effort()) + "%"));
        }
        out.print(t.render());
        if (!unreachable.isEmpty()) {
          out.println();
          out.println("Not reachable with one lever alone (closest outcome it can produce):");
          for (var l : unreachable)
            out.println("  " + l.actor() + " " + l.lever() + ": closest outcome " + Numbers.fixed(l.outcome(), 1) + " (at " + Numbers.fixed(l.to(), 3) + ")");
        }
        out.println();
        out.println("effort = |change| / width of the lever's range (position: the scale; salience: 0..1; capability: 0..10x).");
      }
    }
    out.flush();
    Map<String, Object> cfg = new LinkedHashMap<>(config.parameters());
    cfg.put("issue", issue);
    cfg.put("target", target);
    cfg.put("tolerance", tolerance);
    Recording.record(spec, store, "levers", model.name(), cfg, loaded, config.seed(), started, "local", json);
    return Cli.EXIT_OK;
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "") + Numbers.fixed(v, 3);
  }

  private String json(double now, List<Levers.Lever> levers) throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("issue", issue);
    root.put("target", target);
    root.put("forecast", now);
    root.put("levers", levers.stream().map(l -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("actor", l.actor());
      m.put("lever", l.lever());
      m.put("from", l.from());
      m.put("to", l.to());
      m.put("outcome", l.outcome());
      m.put("reachable", l.reachable());
      m.put("effort", l.reachable() ? l.effort() : null);
      return m;
    }).toList());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
  }
}
