package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.bargaining.LeversOutcome;
import io.peninsula.app.bargaining.LeversRequest;
import io.peninsula.app.bargaining.LeversService;
import io.peninsula.engine.analysis.Levers;
import io.peninsula.model.Issue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula levers [SCENARIO] --issue ID --target VALUE}: whom to persuade, and by how much. */
@Command(name = "levers", mixinStandardHelpOptions = true,
    description = {"Whom to persuade, and by how much: for each actor on the issue, the smallest change of its",
        "position, salience or capability (one at a time) that moves the forecast to the target."})
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
  public Integer call() {
    if (!List.of("table", "csv", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    LeversOutcome outcome = new LeversService(scenarioOptions.source())
        .run(new LeversRequest(scenarioOptions.ref(), modelOptions.spec(), issue, target, tolerance));
    LoadedScenario loaded = outcome.loaded();
    Issue is = outcome.issue();
    double now = outcome.forecast();
    List<Levers.Lever> levers = outcome.levers();
    String modelName = outcome.provenance().model().orElseThrow();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "csv" -> {
        out.println("actor,lever,from,to,change,outcome,reachable");
        for (var l : levers)
          out.println(String.join(",", l.actor(), l.lever(), Numbers.plain(l.from(), 6), Numbers.plain(l.to(), 6),
              Numbers.plain(l.change(), 6), Numbers.plain(l.outcome(), 6), String.valueOf(l.reachable())));
      }
      case "json" -> out.print(outcome.json());
      default -> {
        out.println(loaded.scenario().metadata().id() + ", issue " + issue + " (model " + modelName + "): forecast "
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
    Recording.record(spec, store, outcome);
    return Cli.EXIT_OK;
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "") + Numbers.fixed(v, 3);
  }
}
