package io.peninsula.bench;

import io.peninsula.engine.bargaining.ExpectedUtilityModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of one {@link ExpectedUtilityModel} forecast (10 rounds, one issue): the 10-actor EC
 * car-emissions case of Bueno de Mesquita (1994) and a 40-actor synthetic issue (seed 42). Each
 * round costs O(n³) (Scholz-style vote total over all pairs) plus O(n²) expected utilities.
 *
 * <p>Run: {@code mvn -q -pl peninsula-bench -am package -DskipTests && java -jar
 * peninsula-bench/target/benchmarks.jar ExpectedUtilityModelBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExpectedUtilityModelBenchmark {
  @Param({"example10", "synthetic40"})
  public String input;

  @Param({"scholz2011", "bdm1994"})
  public String variant;

  private final ExpectedUtilityModel model = new ExpectedUtilityModel();
  private Scenario scenario;
  private ModelConfig config;

  @Setup
  public void setup() {
    scenario = input.equals("example10") ? example() : synthetic(40, 42L);
    config = ModelConfig.defaults().withParameter("variant", variant);
  }

  @Benchmark
  public ForecastResult forecast() {
    return model.forecast(scenario, config);
  }

  /** Bueno de Mesquita (1994) EC car-emissions data, as in Scholz et al. (2011). */
  static Scenario example() {
    String[] names = {"Netherlands", "Belgium", "Luxembourg", "Germany", "France", "Italy", "UK", "Ireland", "Denmark", "Greece"};
    double[] c = {0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08};
    double[] x = {4, 7, 4, 4, 10, 10, 10, 7, 4, 7};
    double[] s = {0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7};
    return build(names, c, x, s);
  }

  static Scenario synthetic(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] names = new String[n];
    double[] c = new double[n];
    double[] x = new double[n];
    double[] s = new double[n];
    for (int k = 0; k < n; k++) {
      names[k] = "actor" + k;
      c[k] = 0.05 + rnd.nextDouble();
      x[k] = rnd.nextInt(101);
      s[k] = 0.1 + 0.9 * rnd.nextDouble();
    }
    return build(names, c, x, s);
  }

  private static Scenario build(String[] names, double[] c, double[] x, double[] s) {
    List<Actor> actors = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < names.length; k++) {
      actors.add(Actor.simple(names[k], c[k], SourceRef.of("bench")));
      positions.add(Position.of(names[k], "issue", x[k], s[k], SourceRef.of("bench")));
      min = Math.min(min, x[k]);
      max = Math.max(max, x[k]);
    }
    return Scenario.of("bench", actors, List.of(Issue.unlabelled("issue", min, max)), positions);
  }
}
