package io.peninsula.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
