package io.peninsula.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.DominanceReduction.Elimination;
import io.peninsula.engine.equilibrium.DominanceReduction.Round;
import io.peninsula.engine.equilibrium.IteratedDominance;
import io.peninsula.formats.gambit.NfgWriter;
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

/** {@code peninsula game reduce FILE [--mixed | --weak]}: iterated elimination of dominated strategies (a tree is reduced to its strategic form first). */
@Command(name = "reduce", mixinStandardHelpOptions = true,
    description = {"Iterated elimination of strictly dominated strategies of a game (.nfg, or an .efg tree's reduced strategic form).",
        "Each round removes every strategy of every player that another strategy (or, with --mixed, a mix of the player's "
            + "other strategies) beats against every remaining profile of the others; rounds repeat until none is left. "
            + "The order does not matter for strict dominance, and the equilibria are those of the original game. "
            + "--weak explores weak dominance instead (order-dependent; equilibria can be lost)."})
final class GameReduceCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A Gambit .nfg file, or an .efg file (reduced to its strategic form first).") Path file;

  @Option(names = "--mixed", description = "Let mixed strategies dominate too (decided by an exact linear program).")
  boolean mixed;

  @Option(names = "--weak", description = "Weak dominance by pure strategies instead (at least as good everywhere, better somewhere): "
      + "the result can depend on the order of elimination and equilibria can be lost.")
  boolean weak;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table (the rounds, then the reduced game) or gambit (the reduced game as a .nfg file). Default: ${DEFAULT-VALUE}.")
  String format;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "gambit").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, gambit)");
    if (weak && mixed) throw new UsageException("--weak uses pure dominators only; leave out --mixed");
    StrategicGame g = GameCommand.load(file);
    IteratedDominance dominance = weak ? IteratedDominance.weak() : mixed ? IteratedDominance.withMixed() : IteratedDominance.pureOnly();
    DominanceReduction red = dominance.reduce(g);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("gambit") ? NfgWriter.write(red.reduced()) : table(red, dominance));
    out.flush();
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

  /** The rounds as JSON, for {@code game solve --format json --eliminate-dominated}. */
  static ObjectNode eliminationsJson(DominanceReduction red) {
    StrategicGame g = red.original();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode rounds = root.putArray("rounds");
    for (Round r : red.rounds()) {
      ArrayNode round = rounds.addArray();
      for (Elimination e : r.eliminated()) {
        ObjectNode o = round.addObject();
        o.put("player", g.players().get(e.player()));
        o.put("strategy", e.label());
        ObjectNode by = o.putObject("dominatedBy");
        for (int s = 0; s < e.dominator().size(); s++)
          if (e.dominator().get(s).signum() != 0) by.put(g.strategies().get(e.player()).get(s), e.dominator().get(s).toString());
      }
    }
    root.set("kept", keptJson(red));
    return root;
  }

  private static ArrayNode keptJson(DominanceReduction red) {
    ArrayNode kept = JsonNodeFactory.instance.arrayNode();
    for (List<String> s : red.reduced().strategies()) kept.add(EquilibriumReport.strings(s));
    return kept;
  }
}
