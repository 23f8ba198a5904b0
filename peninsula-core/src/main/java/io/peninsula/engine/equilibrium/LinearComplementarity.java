package io.peninsula.engine.equilibrium;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.StrategicGame;
import java.util.List;

/**
 * The {@code lcp} method: equilibria of two-player games as solutions of linear complementarity
 * problems, by {@link LemkeHowson} on strategic games (all equilibria its paths reach) and by
 * {@link SequenceFormLemke} on extensive games with perfect recall (one equilibrium). Only
 * dispatches; the algorithms and their documentation are in those classes.
 */
public final class LinearComplementarity implements EquilibriumSolver {
  private final LemkeHowson strategic = new LemkeHowson();
  private final SequenceFormLemke extensive = new SequenceFormLemke();

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, true, 2, "Lemke-Howson paths (strategic) or Lemke on the sequence form (trees); two players");
  }

  @Override
  public String method() {
    return "lcp";
  }

  @Override
  public boolean supports(StrategicGame game) {
    return strategic.supports(game);
  }

  @Override
  public boolean supports(ExtensiveGame game) {
    return extensive.supports(game);
  }

  @Override
  public List<MixedProfile> solve(StrategicGame game) {
    return strategic.solve(game);
  }

  @Override
  public List<BehaviorProfile> solve(ExtensiveGame game) {
    return extensive.solve(game);
  }
}
