package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of {@link ExpectedUtilityModel} on random issues (seeded, so failures reproduce):
 * actor order does not change any actor's trajectory or the outcome, and every position and the
 * outcome stay within [min, max] of the input positions (moves go to x_j or between x_i and x_j).
 */
class ExpectedUtilityModelPropertyTest {
  private final ExpectedUtilityModel model = new ExpectedUtilityModel();

  static Stream<Arguments> cases() {
    return IntStream.range(0, 40).boxed()
        .flatMap(seed -> Stream.of(Arguments.of(seed, "scholz2011"), Arguments.of(seed, "bdm1994")));
  }

  private static Scenario randomIssue(SplittableRandom rnd) {
    int n = 2 + rnd.nextInt(14);
    List<Actor> actors = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String id = "actor" + k;
      actors.add(Actor.simple(id, 0.01 + rnd.nextDouble(), SourceRef.of("random")));
      // a coarse grid makes shared positions (and so exact ties) common
      double x = rnd.nextBoolean() ? rnd.nextInt(11) * 10.0 : rnd.nextDouble() * 100;
      positions.add(Position.of(id, "issue", x, 0.05 + 0.95 * rnd.nextDouble(), SourceRef.of("random")));
    }
    return Scenario.of("random", actors, List.of(Issue.unlabelled("issue", 0, 100)), positions);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("cases")
  void forecast_permutedActors_sameTrajectoriesAndOutcome(int seed, String variant) {
    Scenario s = randomIssue(new SplittableRandom(seed));
    List<Actor> shuffled = new ArrayList<>(s.actors());
    Collections.shuffle(shuffled, new Random(seed));
    Scenario permuted = s.withActors(shuffled);
    ModelConfig cfg = ModelConfig.defaults().withParameter("variant", variant);
    IssueForecast a = model.forecast(s, cfg).issues().get(0);
    IssueForecast b = model.forecast(permuted, cfg).issues().get(0);
    assertThat(b.outcome()).isCloseTo(a.outcome(), within(1e-9));
    assertThat(b.iterations()).isEqualTo(a.iterations());
    for (int r = 0; r < a.rounds().size(); r++)
      for (int k = 0; k < a.actorIds().size(); k++) {
        int kb = b.actorIds().indexOf(a.actorIds().get(k));
        assertThat(b.rounds().get(r).get(kb)).as("round %d, %s", r, a.actorIds().get(k))
            .isCloseTo(a.rounds().get(r).get(k), within(1e-9));
      }
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("cases")
  void forecast_randomIssue_positionsAndOutcomeStayWithinInputRange(int seed, String variant) {
    Scenario s = randomIssue(new SplittableRandom(seed));
    double min = s.positions().stream().mapToDouble(Position::position).min().orElseThrow();
    double max = s.positions().stream().mapToDouble(Position::position).max().orElseThrow();
    ModelConfig cfg = ModelConfig.defaults().withParameter("variant", variant).withParameter("rounds", "25");
    IssueForecast f = model.forecast(s, cfg).issues().get(0);
    for (List<Double> round : f.rounds()) assertThat(round).allSatisfy(x -> assertThat(x).isBetween(min, max));
    assertThat(f.outcome()).isBetween(min - 1e-9, max + 1e-9);
    assertThat(f.iterations()).isBetween(0, 25);
    assertThat(f.rounds()).hasSize(f.iterations() + 1);
  }
}
