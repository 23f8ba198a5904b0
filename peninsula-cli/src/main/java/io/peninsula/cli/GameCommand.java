package io.peninsula.cli;

import io.peninsula.app.games.GameFile;
import io.peninsula.app.games.GameSolveOutcome;
import io.peninsula.app.games.GameSolveRequest;
import io.peninsula.app.games.GameSolveService;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.game.InfoSet;
import io.peninsula.game.GameNode;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula game solve|show|reduce|convert}: games in Gambit's .nfg and .efg formats. */
@Command(name = "game", mixinStandardHelpOptions = true,
    description = "Solve games in Gambit's formats (.nfg strategic, .efg extensive), show and reduce strategic games, rewrite game files.",
    subcommands = {
        GameCommand.Solve.class,
        GameCommand.Show.class,
        GameReduceCommand.class,
        GameConvertCommand.class,
        GameBuildCommand.class,
    })
final class GameCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A strategic game from a file: an .nfg as written, an .efg as its reduced strategic form. */
  static StrategicGame load(Path file) {
    return GameFile.read(file.toString()).strategic();
  }

  @Command(name = "solve", mixinStandardHelpOptions = true,
      description = {"Nash equilibria of a game, verified exactly.",
          "--format gambit prints one line per equilibrium as Gambit's tools with -q do: NE, then each player's strategy "
              + "probabilities; table names the strategies and gives each player's expected payoff; json gives the game, "
              + "the method and each equilibrium with exact rational probabilities and payoffs."})
  static final class Solve implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--method", defaultValue = "enumpure", paramLabel = "M", description = "Method: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
        completionCandidates = Methods.class)
    String method;

    @Option(names = "--format", defaultValue = "gambit", paramLabel = "FMT",
        description = "gambit (NE lines), table (labels and expected payoffs) or json (exact rationals and payoffs). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--eliminate-dominated", arity = "0..1", fallbackValue = "pure", paramLabel = "BY",
        description = "First remove strictly dominated strategies (iterated; dominated by pure strategies, or with =mixed by mixed "
            + "ones too), solve the smaller game and report the equilibria in the full game (0 for removed strategies). "
            + "Strategic games only; the equilibria are the same as without it.")
    String eliminate;

    @Option(names = {"-S", "--strategic"},
        description = "For an extensive game, solve its reduced strategic form and report mixed strategies (as Gambit's -S). "
            + "Implied for methods that solve only strategic games (enummixed) and by --eliminate-dominated.")
    boolean strategic;

    @Spec CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin StoreOptions store;

    @Override
    public Integer call() {
      if (!EquilibriumReport.FORMATS.contains(format) && EquilibriumSolvers.byMethod(method).isPresent())
        throw new UsageException("unknown --format \"" + format + "\" (allowed: " + String.join(", ", EquilibriumReport.FORMATS) + ")");
      GameSolveOutcome outcome = new GameSolveService().run(new GameSolveRequest(file.toString(), method,
          Optional.ofNullable(eliminate), strategic));
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("json")) out.print(outcome.json());
      else if (outcome.strategicForm().isPresent()) {
        var r = outcome.strategicForm().get();
        out.print(EquilibriumReport.strategic(r.game(), method, r.reduction(), r.equilibria(), format));
      } else {
        var r = outcome.tree().orElseThrow();
        out.print(EquilibriumReport.extensive(r.game(), method, r.equilibria(), format));
      }
      out.flush();
      Recording.record(spec, store, outcome);
      return Cli.EXIT_OK;
    }

    static final class Methods implements Iterable<String> {
      @Override
      public java.util.Iterator<String> iterator() {
        return EquilibriumSolvers.methods().iterator();
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "A two-player game as a payoff matrix; others as a profile table.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = {"-S", "--strategic"}, description = "For an extensive game, show its reduced strategic form instead of the tree.")
    boolean strategic;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      GameFile game = GameFile.read(file.toString());
      if (game.isExtensive() && !strategic) out.print(renderTree(game.tree()));
      else out.print(render(game.strategic()));
      out.flush();
      return Cli.EXIT_OK;
    }

    /**
     * The title line, then the tree as an indented outline: at each decision node the player and
     * information set, one line per action (chance: with its probability), outcomes with payoffs
     * where they are attached (they add along the path).
     */
    static String renderTree(ExtensiveGame g) {
      StringBuilder out = new StringBuilder();
      out.append(g.title()).append(" (").append(g.numPlayers()).append(" players: ").append(String.join(", ", g.players()))
          .append("; extensive form, ").append(g.isPerfectInformation() ? "perfect information" : "imperfect information")
          .append(g.perfectRecallViolation().isPresent() ? ", no perfect recall" : "").append(")\n");
      outline(g, g.root(), "", out);
      return out.toString();
    }

    private static void outline(ExtensiveGame g, GameNode n, String indent, StringBuilder out) {
      String pay = n.outcome().map(o -> "  payoffs " + o.payoffs().stream().map(Object::toString).collect(Collectors.joining(", "))
          + (o.label().isEmpty() ? "" : " (" + o.label() + ")")).orElse("");
      String name = n.label().isEmpty() ? "" : " (node \"" + n.label() + "\")";
      if (n.isTerminal()) {
        out.append(indent).append("end").append(name).append(pay).append('\n');
        return;
      }
      InfoSet set = g.infoSet(n.player(), n.infoSet());
      String who = n.isChance() ? "chance" : g.players().get(n.player());
      out.append(indent).append(who).append(" at ").append(set.label().isEmpty() ? "set " + (n.infoSet() + 1) : "\"" + set.label() + "\"")
          .append(name).append(pay).append('\n');
      for (int a = 0; a < n.children().size(); a++) {
        out.append(indent).append("  ").append(set.actions().get(a));
        if (n.isChance()) out.append(" (").append(set.probabilities().get(a)).append(')');
        out.append(":\n");
        outline(g, n.children().get(a), indent + "    ", out);
      }
    }

    /** The title line, then a payoff matrix (two players) or a profile table. */
    static String render(StrategicGame g) {
      StringBuilder out = new StringBuilder();
      out.append(g.title()).append(" (").append(g.numPlayers()).append(" players: ").append(String.join(", ", g.players())).append(")\n");
      if (g.numPlayers() == 2) {
        out.append(payoffMatrix(g, Rational::toString).render());
      } else {
        List<String> header = new ArrayList<>(g.players());
        for (String p : g.players()) header.add("payoff " + p);
        Table t = new Table(header);
        for (int k = 0; k < g.numProfiles(); k++) {
          int[] prof = g.profile(k);
          List<String> row = new ArrayList<>();
          for (int p = 0; p < g.numPlayers(); p++) row.add(g.strategies().get(p).get(prof[p]));
          for (int p = 0; p < g.numPlayers(); p++) row.add(g.payoff(k, p).toString());
          t.row(row);
        }
        out.append(t.render());
      }
      return out.toString();
    }

    /** A two-player game as a matrix: row player's strategies down, column player's across, cells "row payoff, column payoff". */
    static Table payoffMatrix(StrategicGame g, Function<Rational, String> number) {
      List<String> header = new ArrayList<>();
      header.add(g.players().get(0) + " \\ " + g.players().get(1));
      header.addAll(g.strategies().get(1));
      Table t = new Table(header);
      for (int i = 0; i < g.numStrategies(0); i++) {
        List<String> row = new ArrayList<>();
        row.add(g.strategies().get(0).get(i));
        for (int j = 0; j < g.numStrategies(1); j++) row.add(number.apply(g.payoff(new int[] {i, j}, 0)) + ", " + number.apply(g.payoff(new int[] {i, j}, 1)));
        t.row(row);
      }
      return t;
    }
  }
}
