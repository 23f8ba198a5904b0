package io.peninsula.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.OptionComparison;
import io.peninsula.engine.bargaining.IssueForecast;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonFiniteResultExceptionTest {
  @Test
  void forecastWithNaNOutcome_orInfinitePosition_isRefused() {
    assertThatThrownBy(() -> new IssueForecast("i", List.of("a"), List.of(List.of(1.0)), Double.NaN, 1, true))
        .isInstanceOf(NonFiniteResultException.class)
        .hasMessage("the forecast outcome of issue i is NaN (not a finite number); the result was not printed or stored");
    assertThatThrownBy(() -> new IssueForecast("i", List.of("a"), List.of(List.of(1.0), List.of(Double.POSITIVE_INFINITY)), 2, 1, true))
        .hasMessageStartingWith("the position of a on issue i after round 1 is Infinity");
    assertThat(new IssueForecast("i", List.of("a"), List.of(List.of(1.0)), 1.0, 1, true).outcome()).isEqualTo(1.0);
  }

  @Test
  void comparisonAndMonteCarloStatistics_areChecked() {
    assertThatThrownBy(() -> new OptionComparison.IssueOutcome("i", 1, Double.NEGATIVE_INFINITY))
        .hasMessageStartingWith("the outcome of issue i is -Infinity");
    assertThatThrownBy(() -> new MonteCarloResult.IssueStats("o", "i", 3, 1, Double.NaN, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(NonFiniteResultException.class);
    // no sample yet (cancelled at once): the statistics are undefined and not printed as figures
    assertThat(new MonteCarloResult.IssueStats("o", "i", 0, Double.NaN, Double.NaN, 0, 0, 0, 0, 0, 0).n()).isZero();
  }
}
