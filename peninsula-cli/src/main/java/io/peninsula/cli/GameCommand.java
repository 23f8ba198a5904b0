package io.peninsula.cli;

import io.peninsula.engine.equilibrium.EquilibriumSolver;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.formats.InputException;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula game solve|show}: strategic games in Gambit's .nfg format. */
@Command(name = "game", mixinStandardHelpOptions = true,
    description = "Solve games in Gambit's formats (.nfg strategic, .efg extensive) and show strategic games.",
    subcommands = {GameCommand.Solve.class, GameCommand.Show.class})
final class GameCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String text(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) throw InputException.of(name, 0, 0, "", "no such file; give a Gambit .nfg or .efg file");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw InputException.of(name, 0, 0, "", "cannot be read: " + e.getMessage());
    }
  }

  static boolean isExtensive(Path file, String text) {
    return file.toString().endsWith(".efg") || text.stripLeading().startsWith("EFG");
  }

  static StrategicGame load(Path file) {
    String text = text(file);
    if (isExtensive(file, text))
      throw InputException.of(file.toString(), 0, 0, "", "this command shows strategic-form (.nfg) games; extensive games can be solved with game solve");
    return NfgReader.read(file.toString(), text);
  }

  @Command(name = "solve", mixinStandardHelpOptions = true,
      description = {"Nash equilibria of a game, verified exactly. --format gambit prints one line per",
          "equilibrium as Gambit's tools with -q do: NE, then each player's strategy probabilities."})
  static final class Solve implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--method", defaultValue = "enumpure", paramLabel = "M", description = "Method: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
        completionCandidates = Methods.class)
    String method;

    @Option(names = "--format", defaultValue = "gambit", paramLabel = "FMT", description = "gambit or table. Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      EquilibriumSolver solver = EquilibriumSolvers.byMethod(method).orElseThrow(() -> new UsageException(
          "unknown method \"" + method + "\" (available: " + String.join(", ", EquilibriumSolvers.methods()) + ")"));
      if (!List.of("gambit", "table").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: gambit, table)");
      String text = text(file);
      if (isExtensive(file, text)) return solveExtensive(solver, EfgReader.read(file.toString(), text));
      StrategicGame g = NfgReader.read(file.toString(), text);
      if (!solver.supports(g)) throw new UsageException("method " + method + " cannot solve " + file + " (" + g.numPlayers() + " players)");
      List<MixedProfile> eq = solver.solve(g);
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("gambit")) {
        for (MixedProfile x : eq)
          out.println("NE," + x.probabilities().stream().flatMap(List::stream).map(Rational::toString).collect(Collectors.joining(",")));
      } else {
        out.println(g.title() + ": " + eq.size() + " equilibri" + (eq.size() == 1 ? "um" : "a") + " (" + method + ")");
        int k = 1;
        for (MixedProfile x : eq) {
          List<String> parts = new ArrayList<>();
          for (int p = 0; p < g.numPlayers(); p++) {
            List<String> strat = new ArrayList<>();
            for (int s = 0; s < g.numStrategies(p); s++)
              if (x.probability(p, s).signum() != 0)
                strat.add(g.strategies().get(p).get(s) + (x.probability(p, s).equals(Rational.ONE) ? "" : " " + x.probability(p, s)));
            parts.add(g.players().get(p) + ": " + String.join(", ", strat));
          }
          out.println("  " + k++ + ". " + String.join("; ", parts));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private int solveExtensive(EquilibriumSolver solver, ExtensiveGame g) {
      if (!solver.supports(g))
        throw new UsageException("method " + method + " cannot solve " + file + (method.equals("spe")
            ? " (backward induction needs perfect information)" : " (extensive games: enumpure, spe, lcp)"));
      List<BehaviorProfile> eq = solver.solve(g);
      PrintWriter out = spec.commandLine().getOut();
      for (BehaviorProfile b : eq) {
        if (format.equals("gambit")) {
          out.println("NE," + b.probabilities().stream().flatMap(List::stream).flatMap(List::stream)
              .map(Rational::toString).collect(Collectors.joining(",")));
        } else {
          List<String> parts = new ArrayList<>();
          for (int p = 0; p < g.numPlayers(); p++)
            for (int i = 0; i < g.infoSets(p).size(); i++) {
              var set = g.infoSets(p).get(i);
              List<String> acts = new ArrayList<>();
              for (int a = 0; a < set.numActions(); a++)
                if (b.probability(p, i, a).signum() != 0)
                  acts.add(set.actions().get(a) + (b.probability(p, i, a).equals(Rational.ONE) ? "" : " " + b.probability(p, i, a)));
              parts.add(g.players().get(p) + "@" + (set.label().isEmpty() ? String.valueOf(i + 1) : set.label()) + ": " + String.join(", ", acts));
            }
          out.println("  " + String.join("; ", parts));
        }
      }
      if (format.equals("table")) out.println(g.title() + ": " + eq.size() + " equilibri" + (eq.size() == 1 ? "um" : "a") + " (" + method + ")");
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

  @Command(name = "show", mixinStandardHelpOptions = true, description = "A two-player game as a payoff matrix; others as a profile table.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      StrategicGame g = load(file);
      PrintWriter out = spec.commandLine().getOut();
      out.println(g.title() + " (" + g.numPlayers() + " players: " + String.join(", ", g.players()) + ")");
      if (g.numPlayers() == 2) {
        List<String> header = new ArrayList<>();
        header.add(g.players().get(0) + " \\ " + g.players().get(1));
        header.addAll(g.strategies().get(1));
        Table t = new Table(header);
        for (int i = 0; i < g.numStrategies(0); i++) {
          List<String> row = new ArrayList<>();
          row.add(g.strategies().get(0).get(i));
          for (int j = 0; j < g.numStrategies(1); j++) row.add(g.payoff(new int[] {i, j}, 0) + ", " + g.payoff(new int[] {i, j}, 1));
          t.row(row);
        }
        out.print(t.render());
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
        out.print(t.render());
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
