package io.peninsula.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.engine.equilibrium.LemkeHowson;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import org.junit.jupiter.api.Test;

class IterationLimitExceptionTest {
  private static Rational[][] m(long[][] v) {
    Rational[][] r = new Rational[v.length][v[0].length];
    for (int i = 0; i < v.length; i++) for (int j = 0; j < v[0].length; j++) r[i][j] = Rational.of(v[i][j]);
    return r;
  }

  @Test
  void lemkeHowson_capReached_givesIterationsAndTheSettingToRaise() {
    // rock-paper-scissors (shifted positive): every Lemke-Howson path needs more than one pivot
    StrategicGame rps = StrategicGame.bimatrix("rps", m(new long[][] {{2, 1, 3}, {3, 2, 1}, {1, 3, 2}}),
        m(new long[][] {{2, 3, 1}, {1, 2, 3}, {3, 1, 2}}));
    assertThat(new LemkeHowson(100).solve(rps)).hasSize(1);
    assertThatThrownBy(() -> new LemkeHowson(1).solve(rps))
        .isInstanceOfSatisfying(IterationLimitException.class, e -> {
          assertThat(e.iterations()).isEqualTo(1);
          assertThat(e.option()).isEqualTo("a larger maxPivots (new LemkeHowson(maxPivots))");
          assertThat(e.getMessage()).isEqualTo("lcp (the path dropping label 1): stopped at its limit of 1 iterations without "
              + "meeting its stopping rule; raise the limit with a larger maxPivots (new LemkeHowson(maxPivots))");
        });
  }

  @Test
  void invalidInput_carriesFieldAndValue() {
    var e = new InvalidInputException("rounds", 0, "rounds = 0: must be >= 1");
    assertThat(e.field()).isEqualTo("rounds");
    assertThat(e.value()).isEqualTo("0");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }
}
