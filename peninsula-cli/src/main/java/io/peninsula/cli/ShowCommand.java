package io.peninsula.cli;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula show [SCENARIO]}: the actors × issues table of positions and saliences. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a scenario: actors, issues with their scales, and each actor's position/salience per issue.")
final class ShowCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;


  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Scenario s = scenarioOptions.load().scenario();
    PrintWriter out = spec.commandLine().getOut();
    out.println(s.metadata().id() + ": " + s.metadata().title() + (s.metadata().date().isEmpty() ? "" : " (" + s.metadata().date() + ")"));
    out.println();
    Table actors = new Table(List.of("actor", "name", "kind", "capability"), false, false, false, true);
    for (Actor a : s.actors())
      actors.row(List.of(a.id(), a.name(), a.kind().name().toLowerCase(java.util.Locale.ROOT), Numbers.plain(a.capability(), 4)));
    out.print(actors.render());
    out.println();
    Table issues = new Table(List.of("issue", "title", "scale"), false, false, false);
    for (Issue i : s.issues())
      issues.row(List.of(i.id(), i.title(), Numbers.plain(i.min(), 2) + ".." + Numbers.plain(i.max(), 2)));
    out.print(issues.render());
    out.println();
    out.println("position / salience (blank: no position on that issue)");
    List<String> header = new ArrayList<>();
    header.add("actor");
    boolean[] right = new boolean[s.issues().size() + 1];
    for (int k = 0; k < s.issues().size(); k++) {
      header.add(s.issues().get(k).id());
      right[k + 1] = true;
    }
    Table grid = new Table(header, right);
    for (Actor a : s.actors()) {
      List<String> row = new ArrayList<>();
      row.add(a.id());
      for (Issue i : s.issues())
        row.add(s.position(a.id(), i.id()).map(p -> Numbers.plain(p.position(), 1) + "/" + Numbers.plain(p.salience(), 2)).orElse(""));
      grid.row(row);
    }
    out.print(grid.render());
    if (!s.options().isEmpty()) {
      out.println();
      Table options = new Table(List.of("option", "edits", "title"), false, true, false);
      s.options().forEach(o -> options.row(List.of(o.id(), String.valueOf(o.edits().size()), o.title())));
      out.print(options.render());
    }
    out.flush();
    return Cli.EXIT_OK;
  }
}
