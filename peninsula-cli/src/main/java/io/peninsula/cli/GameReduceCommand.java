package io.peninsula.cli;

import io.peninsula.app.games.GameReduceOutcome;
import io.peninsula.app.games.GameReduceRequest;
import io.peninsula.app.games.GameReduceService;
import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.DominanceReduction.Elimination;
import io.peninsula.engine.equilibrium.DominanceReduction.Round;
import io.peninsula.engine.equilibrium.IteratedDominance;
import io.peninsula.game.StrategicGame;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula game reduce FILE [--mixed | --weak]}: iterated elimination of dominated strategies. */
@Command(name = "reduce", mixinStandardHelpOptions = true,
    description = {"Iterated elimination of strictly dominated strategies of a strategic (.nfg) game.",
        "Each round removes every strategy of every player that another strategy (or, with --mixed, a mix of the player's "
            + "other strategies) beats against every remaining profile of the others; rounds repeat until none is left. "
            + "The order does not matter for strict dominance, and the equilibria are those of the original game. "
            + "--weak explores weak dominance instead (order-dependent; equilibria can be lost)."})
final class GameReduceCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A Gambit .nfg file.") Path file;

  @Option(names = "--mixed", description = "Let mixed strategies dominate too (decided by an exact linear program).")
  boolean mixed;

  @Option(names = "--weak", description = "Weak dominance by pure strategies instead (at least as good everywhere, better somewhere): "
      + "the result can depend on the order of elimination and equilibria can be lost.")
  boolean weak;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table (the rounds, then the reduced game), gambit (the reduced game as a .nfg file) or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @picocli.CommandLine.Mixin StoreOptions store;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "gambit", "json").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, gambit, json)");
    if (weak && mixed) throw new UsageException("--weak uses pure dominators only; leave out --mixed");
    GameReduceOutcome outcome = new GameReduceService().run(new GameReduceRequest(file.toString(), weak ? "weak" : mixed ? "mixed" : "strict"));
    DominanceReduction red = outcome.reduction();
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case "gambit" -> outcome.reducedNfg();
      case "json" -> outcome.json();
      default -> table(red, outcome.dominance());
    });
    out.flush();
    Recording.record(spec, store, outcome);
    return Cli.EXIT_OK;
  }

  static String table(DominanceReduction red, IteratedDominance dominance) {
    StrategicGame g = red.original();
    String kind = dominance.strict() ? "strictly" : "weakly";
    StringBuilder b = new StringBuilder(g.title()).append(": iterated elimination of ").append(kind).append(" dominated strategies (")
        .append(dominance.mixed() ? "pure and mixed" : "pure").append(" dominators)\n");
    if (red.rounds().isEmpty()) b.append("No strategy is ").append(kind).append(" dominated; the game is unchanged.\n");
    for (Round r : red.rounds()) {
      List<String> parts = new ArrayList<>();
      for (Elimination e : r.eliminated())
        parts.add(g.players().get(e.player()) + " drops " + e.label() + " (dominated by " + e.dominatorText(g.strategies().get(e.player())) + ")");
      b.append("Round ").append(r.number()).append(": ").append(String.join("; ", parts)).append('\n');
    }
    StrategicGame reduced = red.reduced();
    List<String> sizes = new ArrayList<>();
    for (int p = 0; p < reduced.numPlayers(); p++) sizes.add(String.valueOf(reduced.numStrategies(p)));
    boolean one = sizes.size() == 1 && sizes.get(0).equals("1");
    b.append("Reduced game: ").append(String.join(" x ", sizes)).append(one ? " strategy\n" : " strategies\n");
    b.append(GameCommand.Show.render(reduced));
    return b.toString();
  }
}
