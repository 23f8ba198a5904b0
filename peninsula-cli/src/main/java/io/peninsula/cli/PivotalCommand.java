package io.peninsula.cli;

import io.peninsula.engine.analysis.PivotalActors;
import io.peninsula.engine.analysis.PivotalActors.Effect;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula pivotal [SCENARIO]}: how far each issue's outcome moves without each actor. */
@Command(name = "pivotal", mixinStandardHelpOptions = true,
    description = {"Which actors move the outcome: re-forecast without each actor, and with its salience at 0 and 1.",
        "Rows are sorted by the size of the shift.",
        "csv columns: issue,actor,change,baseline,outcome,shift (outcome and shift empty when the model cannot run)."})
final class PivotalCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Mixin ModelOptions modelOptions;

  @Option(names = "--issue", paramLabel = "ID", description = "Only this issue.")
  String issue;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table or csv. Default: ${DEFAULT-VALUE}.")
  String format;


  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "csv").contains(format))
      throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv)");
    var model = modelOptions.model();
    var config = modelOptions.config();
    LoadedScenario loaded = scenarioOptions.load();
    Scenario s = loaded.scenario();
    if (issue != null && s.issue(issue).isEmpty())
      throw new UsageException("unknown issue \"" + issue + "\" in " + loaded.origin() + " (issues: "
          + String.join(", ", s.issues().stream().map(Issue::id).toList()) + ")");
    List<Effect> effects;
    try {
      effects = PivotalActors.analyse(s, model, config, Optional.ofNullable(issue));
    } catch (IllegalArgumentException e) {
      throw new UsageException("model " + model.name() + " cannot run on " + loaded.origin() + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("csv")) {
      out.print("issue,actor,change,baseline,outcome,shift\n");
      for (Effect e : effects)
        out.print(String.join(",", e.issueId(), e.actorId(), e.intervention().label(), Numbers.plain(e.baseline(), 6),
            e.outcome().map(o -> Numbers.plain(o, 6)).orElse(""), e.outcome().isPresent() ? Numbers.plain(e.shift(), 6) : "") + "\n");
    } else {
      Table t = new Table(List.of("issue", "actor", "change", "baseline", "outcome", "shift"), false, false, false, true, true, true);
      for (Effect e : effects)
        t.row(List.of(e.issueId(), e.actorId(), e.intervention().label(), Numbers.fixed(e.baseline(), 2),
            e.outcome().map(o -> Numbers.fixed(o, 2)).orElse("n/a"),
            e.outcome().isPresent() ? signed(e.shift()) : "n/a"));
      out.print("model " + model.name() + ", scenario " + loaded.origin() + "\n");
      out.print(t.render());
    }
    out.flush();
    return Cli.EXIT_OK;
  }

  private static String signed(double v) {
    String f = Numbers.fixed(v, 2);
    return v > 0 && !f.equals("0.00") ? "+" + f : f;
  }
}
