package io.peninsula.cli;

import io.peninsula.app.games.GameBuildOutcome;
import io.peninsula.app.games.GameBuildRequest;
import io.peninsula.app.games.GameBuildService;
import io.peninsula.engine.security.ChoiceSpec;
import io.peninsula.engine.security.ParamSpec;
import io.peninsula.engine.security.RoleSpec;
import io.peninsula.engine.security.ScenarioValues;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.engine.security.SecurityGames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peninsula game build KIND [SCENARIO]}: a security game of {@link SecurityGames} built from
 * a scenario's values, solved, printed with the derivation of every payoff, and optionally written
 * as a Gambit file. The kinds, their role, parameter and choice options and the help text all come
 * from the registry ({@link Registry} adds the options when picocli builds the command), so a new
 * game needs no edit here.
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = GameBuildCommand.Registry.class,
    description = {"Build a security game from a scenario's values, solve it and show how every payoff was derived."},
    footer = {"", "Roles (who is challenger, defender, ...) come from the scenario's roles: section; the role options override it.",
        "Formulas, units, departures from the sources and a worked korea-2025 example for each kind: docs/games.md."})
final class GameBuildCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "KIND", description = "The game: one of the kinds listed above.")
  String kind;

  @Mixin ScenarioOptions scenarioOptions;

  @Option(names = "--issues", split = ",", paramLabel = "ID", description = "Security issues the stakes are computed over "
      + "(default: the scenario's roles: security_issues).")
  List<String> issues;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the game in Gambit's format: .nfg for strategic games, .efg for trees.")
  Path out;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--robustness", description = "Vary each parameter over its documented range and report how far it can move "
      + "before the verdict changes.")
  boolean robustness;

  @Option(names = "--explain", description = "Print the rationale of every judgement and analyst mapping in the derivation.")
  boolean explain;

  @Spec CommandSpec spec;

  /** Adds one option per role, parameter and choice of the registered games, with help text from the registry. */
  public static final class Registry implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      List<String> desc = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
      desc.add("KIND:");
      for (SecurityGame g : SecurityGames.ALL) desc.add("  " + g.name() + ": " + g.title() + ".");
      spec.usageMessage().description(desc.toArray(String[]::new));
      Map<String, List<String>> users = new LinkedHashMap<>();
      Map<String, String> meaning = new LinkedHashMap<>();
      Map<String, String> label = new LinkedHashMap<>();
      for (SecurityGame g : SecurityGames.ALL) {
        for (RoleSpec r : g.roles()) {
          note(users, meaning, label, r.option(), g.name(), r.meaning() + " (default: the scenario's roles: " + g.name() + ": " + r.name() + ")",
              r.arity() == 1 ? "ID" : String.join(",", java.util.Collections.nCopies(r.arity(), "ID")));
        }
        for (ParamSpec p : g.parameters())
          note(users, meaning, label, p.option(), g.name(), p.meaning() + " (" + p.symbol() + "; default "
              + (p.defaultValue().isPresent() ? ScenarioValues.num(p.defaultValue().getAsDouble()) : "from the scenario") + ", range ["
              + ScenarioValues.num(p.low()) + ", " + ScenarioValues.num(p.high()) + "])", p.integer() ? "N" : "X");
        for (ChoiceSpec c : g.choices())
          note(users, meaning, label, c.option(), g.name(), c.meaning() + " (default " + c.defaultValue() + ")", String.join("|", c.values()));
      }
      for (var e : users.entrySet())
        spec.addOption(OptionSpec.builder(e.getKey()).type(String.class).paramLabel(label.get(e.getKey()))
            .description(String.join(", ", e.getValue()) + ": " + meaning.get(e.getKey()) + ".").build());
      return spec;
    }

    private static void note(Map<String, List<String>> users, Map<String, String> meaning, Map<String, String> label, String option, String game,
        String text, String paramLabel) {
      users.computeIfAbsent(option, k -> new ArrayList<>()).add(game);
      meaning.putIfAbsent(option, text);
      label.putIfAbsent(option, paramLabel);
    }
  }

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    SecurityGame game = GameBuildService.game(kind);
    if (!List.of("table", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, json)");
    GameBuildRequest request = request(game);
    GameBuildOutcome outcome = new GameBuildService(scenarioOptions.source()).run(request);
    Optional<String> written = Optional.empty();
    if (out != null) written = Optional.of(write(outcome));
    PrintWriter w = spec.commandLine().getOut();
    w.print(format.equals("json") ? outcome.json()
        : SecurityGameReport.of(game.name(), outcome.loaded(), outcome.built()).table(written, outcome.sweeps(), explain));
    w.flush();
    Recording.record(spec, store, outcome);
    return Cli.EXIT_OK;
  }

  /** The registry options given on the command line, checked to belong to {@code game}, as the service's request. */
  private GameBuildRequest request(SecurityGame game) {
    Map<String, String> given = new LinkedHashMap<>();
    for (OptionSpec o : spec.options())
      if (o.getValue() instanceof String v && isRegistryOption(o.longestName())) given.put(o.longestName(), v);
    List<String> allowed = new ArrayList<>();
    Map<String, List<String>> roles = new LinkedHashMap<>();
    Map<String, Double> params = new LinkedHashMap<>();
    Map<String, String> choices = new LinkedHashMap<>();
    for (RoleSpec r : game.roles()) {
      allowed.add(r.option());
      String v = given.get(r.option());
      if (v != null) roles.put(r.name(), List.of(v.split(",", -1)));
    }
    for (ParamSpec p : game.parameters()) {
      allowed.add(p.option());
      String v = given.get(p.option());
      if (v == null) continue;
      try {
        params.put(p.name(), Double.parseDouble(v.trim()));
      } catch (NumberFormatException e) {
        throw new UsageException(p.option() + " \"" + v + "\": not a number");
      }
    }
    for (ChoiceSpec c : game.choices()) {
      allowed.add(c.option());
      String v = given.get(c.option());
      if (v == null) continue;
      choices.put(c.name(), v);
    }
    if (issues != null && !game.usesSecurityIssues()) given.put("--issues", "");
    else if (issues != null) allowed.add("--issues");
    List<String> wrong = given.keySet().stream().filter(o -> !allowed.contains(o)).toList();
    if (!wrong.isEmpty())
      throw new UsageException(String.join(", ", wrong) + (wrong.size() == 1 ? " does" : " do") + " not apply to " + game.name()
          + " (its options: " + String.join(", ", allowed.stream().filter(o -> !o.equals("--issues")).toList())
          + (game.usesSecurityIssues() ? ", --issues" : "") + ")");
    return new GameBuildRequest(scenarioOptions.ref(), game.name(), roles, params, choices, issues == null ? List.of() : issues, robustness,
        explain, Optional.ofNullable(out).map(Path::toString));
  }

  private static boolean isRegistryOption(String name) {
    for (SecurityGame g : SecurityGames.ALL) {
      if (g.roles().stream().anyMatch(r -> r.option().equals(name))) return true;
      if (g.parameters().stream().anyMatch(p -> p.option().equals(name))) return true;
      if (g.choices().stream().anyMatch(c -> c.option().equals(name))) return true;
    }
    return false;
  }

  private String write(GameBuildOutcome outcome) {
    String name = out.getFileName().toString();
    String wanted = outcome.gambitExtension();
    if (!name.endsWith(wanted))
      throw new UsageException("--out " + out + ": a " + kind + " game is written as " + wanted + " (give a file name ending in " + wanted + ")");
    try {
      Files.writeString(out, outcome.gambit(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("--out " + out + ": cannot be written (" + e.getMessage() + ")");
    }
    return out.toString();
  }
}
