package io.peninsula.formats.gambit;

import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link ExtensiveGame} as Gambit's extensive-form file ({@code .efg}, version 2):
 *
 * <pre>
 * EFG 2 R "title" { "P1" "P2" }
 * "comment"
 *
 * c "node" 1 "set" { "a" 1/3 "b" 2/3 } 0
 * p "node" 1 1 "set" { "x" "y" } 0
 * t "node" 1 "outcome" { 2, -1 }
 * p "node" 1 1 0
 * t "" 1
 * </pre>
 *
 * Nodes in depth-first pre-order; information set k of a player (or of chance) is numbered k + 1;
 * a set's name and actions (with probabilities for chance), and an outcome's name and payoffs, are
 * written at their first use only and later uses give the number alone. Gambit's own writer
 * repeats the description at every use; its reader, like {@link EfgReader}, accepts both (a bare
 * number refers back to the first description), and first-use-only keeps files short and free of
 * copies that could disagree. Numbers are exact ({@code a/b}); strings are quoted with {@code "}
 * and {@code \} escaped.
 *
 * <p>Outcomes keep their numbers. The game must be writable without loss: every information set
 * is at some node, and no two different outcomes share a number — otherwise
 * {@link IllegalArgumentException} says which.
 */
public final class EfgWriter {
  private EfgWriter() {}

  /** The file text of the game, ending with a newline. */
  public static String write(ExtensiveGame game) {
    check(game);
    StringBuilder b = new StringBuilder();
    b.append("EFG 2 R ").append(GambitText.quote(game.title())).append(' ')
        .append(GambitText.list(game.players(), GambitText::quote)).append('\n');
    b.append(GambitText.quote(game.comment())).append("\n\n");
    Set<String> described = new HashSet<>();
    Set<Integer> outcomesDescribed = new HashSet<>();
    for (GameNode n : game.nodes()) {
      if (n.isTerminal()) {
        b.append("t ").append(GambitText.quote(n.label())).append(' ');
      } else {
        b.append(n.isChance() ? "c " : "p ").append(GambitText.quote(n.label())).append(' ');
        if (!n.isChance()) b.append(n.player() + 1).append(' ');
        b.append(n.infoSet() + 1).append(' ');
        if (described.add(n.player() + ":" + n.infoSet())) {
          InfoSet s = game.infoSet(n.player(), n.infoSet());
          b.append(GambitText.quote(s.label())).append(' ');
          if (n.isChance()) {
            StringBuilder acts = new StringBuilder("{");
            for (int a = 0; a < s.numActions(); a++)
              acts.append(' ').append(GambitText.quote(s.actions().get(a))).append(' ').append(s.probabilities().get(a));
            b.append(acts).append(" }");
          } else {
            b.append(GambitText.list(s.actions(), GambitText::quote));
          }
          b.append(' ');
        }
      }
      if (n.outcome().isEmpty()) {
        b.append('0');
      } else {
        Outcome o = n.outcome().get();
        b.append(o.number());
        if (outcomesDescribed.add(o.number()))
          b.append(' ').append(GambitText.quote(o.label())).append(" { ").append(GambitText.commas(o.payoffs(), Rational::toString)).append(" }");
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static void check(ExtensiveGame game) {
    Map<Integer, Outcome> byNumber = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (GameNode n : game.nodes()) {
      if (!n.isTerminal()) used.add(n.player() + ":" + n.infoSet());
      if (n.outcome().isEmpty()) continue;
      Outcome o = n.outcome().get();
      Outcome prev = byNumber.putIfAbsent(o.number(), o);
      if (prev != null && !prev.equals(o))
        throw new IllegalArgumentException("two different outcomes are numbered " + o.number() + " (\"" + prev.label() + "\" "
            + prev.payoffs() + " and \"" + o.label() + "\" " + o.payoffs() + "); give each outcome its own number");
    }
    for (int p = ExtensiveGame.CHANCE; p < game.numPlayers(); p++) {
      List<InfoSet> sets = game.infoSets(p);
      for (int i = 0; i < sets.size(); i++)
        if (!used.contains(p + ":" + i))
          throw new IllegalArgumentException((p == ExtensiveGame.CHANCE ? "chance" : "player " + (p + 1)) + "'s information set " + (i + 1)
              + " \"" + sets.get(i).label() + "\" is at no node; a .efg file describes sets only at their nodes, so it would be lost");
    }
  }
}
