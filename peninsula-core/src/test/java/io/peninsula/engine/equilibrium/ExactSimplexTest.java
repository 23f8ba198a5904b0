package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.Rational;
import org.junit.jupiter.api.Test;

class ExactSimplexTest {
  static Rational[] v(long... x) {
    Rational[] out = new Rational[x.length];
    for (int i = 0; i < x.length; i++) out[i] = Rational.of(x[i]);
    return out;
  }

  /** Chvátal (1983), "Linear Programming", ch. 2, the first worked example: z = 13 at x = (2, 0, 1); duals (1, 0, 1). */
  @Test
  void maximise_chvatalExample_optimumAndDuals() {
    var s = ExactSimplex.maximise(v(5, 4, 3), new Rational[][] {v(2, 3, 1), v(4, 1, 2), v(3, 4, 2)}, v(5, 11, 8));
    assertThat(s.optimal()).isTrue();
    assertThat(s.value()).isEqualTo(Rational.of(13));
    assertThat(s.primal()).containsExactly(v(2, 0, 1));
    assertThat(s.dual()).containsExactly(v(1, 0, 1));
  }

  /** Degenerate start (a zero right-hand side): max x1 + x2, x1 - x2 ≤ 0, x1 ≤ 1, x2 ≤ 1 → 2 at (1, 1). */
  @Test
  void maximise_degenerate_terminatesAtOptimum() {
    var s = ExactSimplex.maximise(v(1, 1), new Rational[][] {v(1, -1), v(1, 0), v(0, 1)}, v(0, 1, 1));
    assertThat(s.value()).isEqualTo(Rational.of(2));
    assertThat(s.primal()).containsExactly(v(1, 1));
  }

  @Test
  void maximise_stopAt_returnsOnceTheTargetIsReached() {
    var s = ExactSimplex.maximise(v(5, 4, 3), new Rational[][] {v(2, 3, 1), v(4, 1, 2), v(3, 4, 2)}, v(5, 11, 8), Rational.ONE);
    assertThat(s.optimal()).isFalse();
    assertThat(s.value()).isGreaterThanOrEqualTo(Rational.ONE).isLessThanOrEqualTo(Rational.of(13));
  }
}
