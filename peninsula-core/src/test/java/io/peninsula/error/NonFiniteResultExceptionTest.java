package io.peninsula.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.OptionComparison;
import io.peninsula.engine.bargaining.IssueForecast;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonFiniteResultExceptionTest {
  @Test
  void require_passesFiniteValues_andNamesWhatIsNot() {
    assertThat(NonFiniteResultException.require(1.5, "x")).isEqualTo(1.5);
    assertThatThrownBy(() -> NonFiniteResultException.require(Double.NaN, "the forecast outcome of issue i"))
        .isInstanceOf(NonFiniteResultException.class)
        .hasMessage("the forecast outcome of issue i is NaN (not a finite number); the result was not printed or stored");
    assertThatThrownBy(() -> NonFiniteResultException.require(Double.NEGATIVE_INFINITY, "y")).hasMessageStartingWith("y is -Infinity");
  }

  @Test
  void issueForecast_refusesANonFiniteOutcomeOrPosition() {
    assertThat(new IssueForecast("i", List.of("a"), List.of(List.of(40.0)), 40, 0, true).outcome()).isEqualTo(40);
    assertThatThrownBy(() -> new IssueForecast("i", List.of("a"), List.of(List.of(40.0)), Double.NaN, 0, true))
        .isInstanceOf(NonFiniteResultException.class)
        .hasMessage("the forecast outcome of issue i is NaN (not a finite number); the result was not printed or stored");
    assertThatThrownBy(() -> new IssueForecast("i", List.of("a", "b"), List.of(List.of(40.0, 1.0), List.of(40.0, Double.POSITIVE_INFINITY)), 40, 1, true))
        .isInstanceOf(NonFiniteResultException.class)
        .hasMessage("the position of b on issue i after round 1 is Infinity (not a finite number); the result was not printed or stored");
  }

  @Test
  void comparisonOutcome_refusesNaN() {
    assertThatThrownBy(() -> new OptionComparison.IssueOutcome("i", 50, Double.NaN))
        .isInstanceOf(NonFiniteResultException.class).hasMessageStartingWith("the outcome of issue i is NaN");
    assertThatThrownBy(() -> new OptionComparison.IssueOutcome("i", Double.NEGATIVE_INFINITY, 50))
        .isInstanceOf(NonFiniteResultException.class).hasMessageStartingWith("the baseline outcome of issue i is -Infinity");
  }

  @Test
  void monteCarloStats_refuseNaNOnceThereAreSamples_butAllowNoStatusQuoAndTheEmptyRun() {
    assertThat(new MonteCarloResult.IssueStats("base", "i", 10, 50, 1, 48, 50, 52, 47, 53, 0).pChange()).isNaN();
    assertThat(new MonteCarloResult.IssueStats("base", "i", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN).n()).isZero();
    assertThatThrownBy(() -> new MonteCarloResult.IssueStats("base", "i", 10, Double.NaN, 1, 48, 50, 52, 47, 53, 0))
        .isInstanceOf(NonFiniteResultException.class)
        .hasMessageStartingWith("the mean outcome of issue i under option base over 10 samples is NaN");
    assertThatThrownBy(() -> new MonteCarloResult.IssueStats("base", "i", 10, 50, 1, 48, 50, 52, 47, 53, 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(NonFiniteResultException.class).hasMessageStartingWith("P(change) of issue i");
  }
}
