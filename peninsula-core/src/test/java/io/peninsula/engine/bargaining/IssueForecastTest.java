package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.error.NonFiniteResultException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueForecastTest {
  private static final List<String> ACTORS = List.of("a", "b");

  @Test
  void rebuiltWithAnotherOutcome_sharesTheCheckedRounds_andEqualsARecordBuiltFromPlainLists() {
    IssueForecast f = new IssueForecast("i", ACTORS, List.of(List.of(10.0, 90.0), List.of(40.0, 60.0)), 50, 1, true);
    IssueForecast moved = new IssueForecast("i", f.actorIds(), f.rounds(), 45, 1, true);
    assertThat(moved.rounds()).isSameAs(f.rounds());
    List<List<Double>> plain = new ArrayList<>(List.of(new ArrayList<>(List.of(10.0, 90.0)), Arrays.asList(40.0, 60.0)));
    IssueForecast fromPlain = new IssueForecast("i", new ArrayList<>(ACTORS), plain, 45, 1, true);
    assertThat(fromPlain).isEqualTo(moved).hasSameHashCodeAs(moved);
    plain.get(0).set(0, 11.0); // the record keeps its own copy
    assertThat(fromPlain.rounds().get(0)).containsExactly(10.0, 90.0);
    assertThatThrownBy(() -> fromPlain.rounds().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void checkedRoundsOfAnotherActorCount_areCheckedAgain() {
    IssueForecast three = new IssueForecast("i", List.of("a", "b", "c"), List.of(List.of(1.0, 2.0, 3.0)), 2, 0, true);
    assertThatThrownBy(() -> new IssueForecast("j", ACTORS, three.rounds(), 2, 0, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("round has 3 positions for 2 actors");
  }

  @Test
  void nonFinitePositionOrOutcome_isRefusedWithWhereItIs() {
    assertThatThrownBy(() -> new IssueForecast("i", ACTORS, List.of(List.of(10.0, 90.0), List.of(Double.NaN, 60.0)), 50, 1, true))
        .isInstanceOf(NonFiniteResultException.class).hasMessageContaining("the position of a on issue i after round 1");
    IssueForecast ok = new IssueForecast("i", ACTORS, List.of(List.of(10.0, 90.0)), 50, 0, true);
    assertThatThrownBy(() -> new IssueForecast("i", ACTORS, ok.rounds(), Double.POSITIVE_INFINITY, 0, true))
        .isInstanceOf(NonFiniteResultException.class).hasMessageContaining("the forecast outcome of issue i");
  }
}
