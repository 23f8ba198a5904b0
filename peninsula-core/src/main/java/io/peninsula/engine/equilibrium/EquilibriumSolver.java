package io.peninsula.engine.equilibrium;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.StrategicGame;
import java.util.List;

/**
 * A method that computes Nash equilibria. Each implementation is one algorithm (one class), works
 * on strategic games, extensive games or both, returns exact profiles, and verifies each one
 * (no profitable deviation, in exact arithmetic) before returning it. Implementations are
 * immutable and thread-safe.
 */
public interface EquilibriumSolver {
  /** The CLI name ({@code --method}), e.g. {@code enumpure}, {@code enummixed}, {@code lcp}, {@code spe}. */
  String method();

  /**
   * What the method solves, declared without a game at hand: strategic games, extensive games,
   * and the largest number of players (0: any). {@link #supports} then checks a given game
   * (e.g. perfect information for backward induction).
   */
  record Capabilities(boolean strategic, boolean extensive, int maxPlayers, String description) {
    public Capabilities {
      if (maxPlayers < 0) throw new IllegalArgumentException("maxPlayers = " + maxPlayers + ": must be >= 0 (0: any)");
      java.util.Objects.requireNonNull(description, "description");
    }

    /** Whether strategic games of {@code players} players are in scope. */
    public boolean solvesStrategic(int players) {
      return strategic && (maxPlayers == 0 || players <= maxPlayers);
    }
  }

  /** What this method solves; see {@link Capabilities}. */
  Capabilities capabilities();

  /** Whether this method can solve the strategic game (e.g. two players only). */
  default boolean supports(StrategicGame game) {
    return false;
  }

  /** Whether this method can solve the extensive game (e.g. perfect information only). */
  default boolean supports(ExtensiveGame game) {
    return false;
  }

  /** The equilibria of a strategic game, in a deterministic order. */
  default List<MixedProfile> solve(StrategicGame game) {
    throw new UnsupportedOperationException(method() + " does not solve strategic games");
  }

  /** The equilibria of an extensive game as behaviour profiles, in a deterministic order. */
  default List<BehaviorProfile> solve(ExtensiveGame game) {
    throw new UnsupportedOperationException(method() + " does not solve extensive games");
  }
}
