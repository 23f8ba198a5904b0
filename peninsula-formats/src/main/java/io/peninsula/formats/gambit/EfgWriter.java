package io.peninsula.formats.gambit;

import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>Outcomes keep their numbers, so a game read from a file is written back with the same ones;
 * when two different outcomes share a number (a game built in code), all outcomes are numbered
 * 1, 2, … in the order of their first use instead, as Gambit numbers them. An information set at
 * no node cannot be written (the format describes sets at their nodes) and is left out; it has no
 * effect on play or payoffs.
 */
public final class EfgWriter {
  private EfgWriter() {}

  /** The file text of the game, ending with a newline. */
  public static String write(ExtensiveGame game) {
    Map<Outcome, Integer> number = outcomeNumbers(game);
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
        int k = number.get(o);
        b.append(k);
        if (outcomesDescribed.add(k))
          b.append(' ').append(GambitText.quote(o.label())).append(" { ").append(GambitText.commas(o.payoffs(), Rational::toString)).append(" }");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Each outcome's own number, or first-use order 1, 2, … when two different outcomes share one. */
  private static Map<Outcome, Integer> outcomeNumbers(ExtensiveGame game) {
    Map<Integer, Outcome> byNumber = new HashMap<>();
    Map<Outcome, Integer> firstUse = new LinkedHashMap<>();
    boolean clash = false;
    for (GameNode n : game.nodes()) {
      if (n.outcome().isEmpty()) continue;
      Outcome o = n.outcome().get();
      Outcome prev = byNumber.putIfAbsent(o.number(), o);
      clash |= prev != null && !prev.equals(o);
      firstUse.putIfAbsent(o, firstUse.size() + 1);
    }
    if (clash) return firstUse;
    Map<Outcome, Integer> own = new HashMap<>();
    for (Outcome o : firstUse.keySet()) own.put(o, o.number());
    return own;
  }
}
