package io.peninsula.formats.gambit;

import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.List;

/**
 * Writes a {@link StrategicGame} as Gambit's strategic-form file ({@code .nfg}, version 1), in the
 * outcome form Gambit itself writes (its {@code GameTableRep::WriteNfgFile}; the layout of the
 * files Gambit saves, e.g. {@code contrib/games/coord4.nfg}):
 *
 * <pre>
 * NFG 1 R "title" { "P1" "P2" }
 *
 * { { "s1" "s2" }
 * { "t1" "t2" }
 * }
 * "comment"
 *
 * {
 * { "outcome label" 3, 2 }
 * …
 * }
 * 1 2 0 3
 * </pre>
 *
 * — the outcome list, then one outcome number per profile (first player's strategy fastest, 0 =
 * the null outcome paying 0). Gambit writes this form also for games it read in payoff form (each
 * profile then has its own outcome with an empty label), so it keeps the outcome structure; we do
 * the same, so {@code NfgReader.read(NfgWriter.write(g))} equals {@code g}. Payoffs are exact:
 * integers or {@code a/b}. Differences from Gambit's output: no trailing space after the last
 * outcome number; a decimal payoff read from a file is written as its exact fraction (Gambit keeps
 * the original text).
 */
public final class NfgWriter {
  private NfgWriter() {}

  /** The file text of the game, ending with a newline. */
  public static String write(StrategicGame game) {
    StringBuilder b = new StringBuilder();
    b.append("NFG 1 R ").append(GambitText.quote(game.title())).append(' ')
        .append(GambitText.list(game.players(), GambitText::quote)).append("\n\n");
    b.append("{ ");
    for (List<String> labels : game.strategies()) b.append(GambitText.list(labels, GambitText::quote)).append('\n');
    b.append("}\n");
    b.append(GambitText.quote(game.comment())).append("\n\n");
    b.append("{\n");
    for (Outcome o : game.outcomes())
      b.append("{ ").append(GambitText.quote(o.label())).append(' ').append(GambitText.commas(o.payoffs(), Rational::toString)).append(" }\n");
    b.append("}\n");
    for (int k = 0; k < game.numProfiles(); k++) {
      if (k > 0) b.append(' ');
      b.append(game.outcomeNumber(k));
    }
    return b.append('\n').toString();
  }
}
