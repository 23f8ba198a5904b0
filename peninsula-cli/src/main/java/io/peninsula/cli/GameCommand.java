package io.peninsula.cli;

import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.EquilibriumSolver;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.engine.equilibrium.IteratedDominance;
import io.peninsula.engine.equilibrium.StrategicPayoffs;
import io.peninsula.formats.InputException;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.InfoSet;
import io.peninsula.game.GameNode;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.ReducedStrategicForm;
import io.peninsula.game.StrategicGame;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    description = "Solve games in Gambit's formats (.nfg strategic, .efg extensive), show them, reduce them by dominance, rewrite game files.",
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

  static String text(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) throw InputException.of(name, 0, 0, "", "no such file; give a Gambit .nfg or .efg file");
    return io.peninsula.formats.InputLimits.readFile(file);
  }

  static boolean isExtensive(Path file, String text) {
    return file.toString().endsWith(".efg") || text.stripLeading().startsWith("EFG");
  }

  /** Whether the method solves strategic games of this many players (probed on a one-profile game). */
  static boolean solvesStrategicGames(EquilibriumSolver solver, int players) {
    List<String> names = new ArrayList<>();
    List<List<String>> strategies = new ArrayList<>();
    List<Rational> zero = new ArrayList<>();
    for (int p = 0; p < players; p++) {
      names.add(String.valueOf(p + 1));
      strategies.add(List.of("1"));
      zero.add(Rational.ZERO);
    }
    return solver.supports(StrategicGame.ofPayoffs("probe", names, strategies, List.of(zero)));
  }

  /** The reduced strategic form of a tree, or a usage error naming the file when it is too large to build. */
  static StrategicGame reducedForm(Path file, ExtensiveGame tree) {
    try {
      return ReducedStrategicForm.of(tree).game();
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
  }

  /**
   * A strategic game from a file: an .nfg as written, an .efg as its reduced strategic form (the
   * form Gambit's strategic tools use for a tree; see {@link ReducedStrategicForm}).
   */
  static StrategicGame load(Path file) {
    return load(file, text(file));
  }

  /** {@link #load(Path)} for a file whose text is already read. */
  static StrategicGame load(Path file, String text) {
    if (isExtensive(file, text)) return reducedForm(file, EfgReader.read(file.toString(), text));
    return NfgReader.read(file.toString(), text);
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
            + "On a tree (.efg) this works on its reduced strategic form (implies -S); the equilibria are the same as without it.")
    String eliminate;

    @Option(names = {"-S", "--strategic"},
        description = "For an extensive game, solve its reduced strategic form and report mixed strategies (as Gambit's -S). "
            + "Implied for methods that solve only strategic games (enummixed) and by --eliminate-dominated.")
    boolean strategic;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      EquilibriumSolver solver = EquilibriumSolvers.byMethod(method).orElseThrow(() -> new UsageException(
          "unknown method \"" + method + "\" (available: " + String.join(", ", EquilibriumSolvers.methods()) + ")"));
      if (!EquilibriumReport.FORMATS.contains(format))
        throw new UsageException("unknown --format \"" + format + "\" (allowed: " + String.join(", ", EquilibriumReport.FORMATS) + ")");
      if (eliminate != null && !List.of("pure", "mixed").contains(eliminate))
        throw new UsageException("unknown --eliminate-dominated \"" + eliminate + "\" (allowed: pure, mixed)");
      String text = text(file);
      StrategicGame g;
      if (isExtensive(file, text)) {
        ExtensiveGame tree = EfgReader.read(file.toString(), text);
        boolean treeMethod = solver.supports(tree) && !strategic && eliminate == null;
        if (treeMethod || !solvesStrategicGames(solver, tree.numPlayers())) return solveExtensive(solver, tree);
        g = reducedForm(file, tree);
      } else {
        g = NfgReader.read(file.toString(), text);
      }
      Optional<DominanceReduction> reduction = Optional.ofNullable(eliminate)
          .map(by -> (by.equals("mixed") ? IteratedDominance.withMixed() : IteratedDominance.pureOnly()).reduce(g));
      StrategicGame target = reduction.map(DominanceReduction::reduced).orElse(g);
      if (!solver.supports(target)) throw new UsageException("method " + method + " cannot solve " + file + " (" + g.numPlayers() + " players)");
      List<MixedProfile> eq = solver.solve(target);
      if (reduction.isPresent()) {
        eq = eq.stream().map(reduction.get()::lift).toList();
        for (MixedProfile x : eq)
          if (!StrategicPayoffs.isNash(g, x)) throw new IllegalStateException("an equilibrium of the reduced game is not one of " + file);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(EquilibriumReport.strategic(g, method, reduction, eq, format));
      out.flush();
      return Cli.EXIT_OK;
    }

    private int solveExtensive(EquilibriumSolver solver, ExtensiveGame g) {
      if (!solver.supports(g))
        throw new UsageException("method " + method + " cannot solve " + file + (method.equals("spe")
            ? " (backward induction needs perfect information)" : " (" + g.numPlayers() + " players; on extensive games: "
                + String.join(", ", EquilibriumSolvers.methods().stream().filter(m -> EquilibriumSolvers.byMethod(m).orElseThrow().supports(g)).toList())
                + ")"));
      List<BehaviorProfile> eq;
      try {
        eq = solver.solve(g);
      } catch (IllegalArgumentException e) { // a size limit of the method, e.g. the reduced strategic form
        throw new UsageException(file + ": " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(EquilibriumReport.extensive(g, method, eq, format));
      out.flush();
      return Cli.EXIT_OK;
    }

    static final class Methods implements Iterable<String> {
      @Override
      public java.util.Iterator<String> iterator() {
        return EquilibriumSolvers.methods().iterator();
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "A two-player strategic game as a payoff matrix, others as a profile table; a tree (.efg) as an outline.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = {"-S", "--strategic"}, description = "For an extensive game, show its reduced strategic form instead of the tree.")
    boolean strategic;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String text = text(file);
      if (isExtensive(file, text) && !strategic) out.print(renderTree(EfgReader.read(file.toString(), text)));
      else out.print(render(load(file, text)));
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
