package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.Uncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensitivityInputsTest {
  /** TinyScenario with A's position on x declared triangular [5, 20, 35] (variance (a² + b² + c² − ab − ac − bc)/18 = 37.5). */
  static Scenario triangular() {
    Scenario s = TinyScenario.build();
    List<Position> ps = new ArrayList<>();
    for (Position p : s.positions()) {
      ps.add(p.actorId().equals("A") && p.issueId().equals("x")
          ? new Position("A", "x", 20, p.salience(), p.source(), p.salienceSource(),
              Optional.of(new Uncertainty.Triangular(5, 20, 35)), Optional.empty())
          : p);
    }
    return s.withPositions(ps);
  }

  @Test
  void scenario_triangularInput_isMappedThroughItsInverseCdf() {
    SensitivityInputs in = SensitivityInputs.standard(triangular());
    int k = in.inputs().indexOf(in.inputs().stream().filter(i -> i.label().equals("A position on x")).findFirst().orElseThrow());
    assertThat(in.inputs().get(k).lo()).isEqualTo(5);
    assertThat(in.inputs().get(k).hi()).isEqualTo(35);
    // the mode's CDF is (c − a)/(b − a) = 0.5: the median is the mode, not the midpoint of a uniform law by chance
    assertThat(in.quantile(k, 0.5)).isCloseTo(20, within(1e-12));
    // F(x) = (x − a)² / ((b − a)(c − a)) below the mode: F(10) = 25/450
    assertThat(in.quantile(k, 25.0 / 450)).isCloseTo(10, within(1e-9));
    double[] u = new double[in.size()];
    java.util.Arrays.fill(u, 0.5);
    u[k] = 25.0 / 450;
    double x = in.scenario(u).positions().stream().filter(p -> p.actorId().equals("A") && p.issueId().equals("x")).findFirst().orElseThrow().position();
    assertThat(x).isCloseTo(10, within(1e-9));
  }

  @Test
  void sobolVariance_triangularInput_matchesMonteCarloVariance() {
    Scenario s = triangular();
    SensitivityInputs in = SensitivityInputs.standard(s);
    CompromiseModel model = new CompromiseModel();
    ModelConfig config = ModelConfig.defaults();
    var sobol = SobolIndices.compute(in.size(), 2048, u -> new double[] {
        model.forecastWithoutNotes(in.scenario(u), config).issue("x").orElseThrow().outcome()});
    // Monte Carlo over the same laws with the sampler montecarlo uses
    UncertaintySampler sampler = new UncertaintySampler(s, UncertaintyDefaults.standard());
    SplittableRandom rnd = new SplittableRandom(1);
    int n = 20_000;
    double sum = 0;
    double sumSq = 0;
    for (int j = 0; j < n; j++) {
      double y = model.forecastWithoutNotes(sampler.sample(rnd), config).issue("x").orElseThrow().outcome();
      sum += y;
      sumSq += y * y;
    }
    double mcVariance = (sumSq - sum * sum / n) / (n - 1);
    // a uniform [5, 35] law for A's position would give a variance about 1.9 times larger (75 vs 37.5 on that input)
    assertThat(sobol.variance()[0]).isCloseTo(mcVariance, within(0.03 * mcVariance));
  }
}
