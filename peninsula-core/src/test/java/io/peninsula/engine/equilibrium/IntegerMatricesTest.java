package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.Rational;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IntegerMatricesTest {
  private static BigInteger[] b(long... x) {
    BigInteger[] out = new BigInteger[x.length];
    for (int i = 0; i < x.length; i++) out[i] = BigInteger.valueOf(x[i]);
    return out;
  }

  /** By hand: lcm(2, 3, 1, 4) = 12 gives (6, −4; 0, 3), the least entry −4 is shifted to 1: (11, 1; 5, 8). */
  @Test
  void positiveIntegers_mixedDenominators_scaledByLcmAndShiftedToLeastOne() {
    Rational[][] v = {{Rational.of(1, 2), Rational.of(-1, 3)}, {Rational.ZERO, Rational.of(1, 4)}};
    assertThat(IntegerMatrices.positiveIntegers(v)).isDeepEqualTo(new BigInteger[][] {b(11, 1), b(5, 8)});
  }

  /** 2x + y = 3, x + 3y = 5: x = 4/5, y = 7/5 (Cramer's rule, determinant 5). */
  @Test
  void solve_regularSystem_exactSolution() {
    Rational[] z = IntegerMatrices.solve(new BigInteger[][] {b(2, 1), b(1, 3)}, b(3, 5));
    assertThat(z).containsExactly(Rational.of(4, 5), Rational.of(7, 5));
  }

  @Test
  void solve_singularSystem_null() {
    assertThat(IntegerMatrices.solve(new BigInteger[][] {b(1, 2), b(2, 4)}, b(1, 1))).isNull();
  }
}
