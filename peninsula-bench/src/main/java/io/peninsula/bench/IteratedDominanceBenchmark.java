package io.peninsula.bench;

import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.IteratedDominance;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
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
 * Iterated elimination of strictly dominated strategies on n × n games (seed 42): payoffs are
 * uniform in 0..99 plus a drift of 4 per strategy index for its own player, so that elimination
 * runs several rounds. {@code mixed} adds the exact LP for every strategy no pure one dominates.
 * Run: {@code java -jar peninsula-bench/target/benchmarks.jar IteratedDominanceBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IteratedDominanceBenchmark {
  @Param({"10", "20", "40"})
  public int n;

  @Param({"pure", "mixed"})
  public String dominators;

  private StrategicGame game;
  private IteratedDominance dominance;

  @Setup
  public void build() {
    SplittableRandom r = new SplittableRandom(42);
    Rational[][] a = new Rational[n][n];
    Rational[][] b = new Rational[n][n];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) {
        a[i][j] = Rational.of(r.nextInt(100) + 4L * i);
        b[i][j] = Rational.of(r.nextInt(100) + 4L * j);
      }
    game = StrategicGame.bimatrix("bench", a, b);
    dominance = dominators.equals("mixed") ? IteratedDominance.withMixed() : IteratedDominance.pureOnly();
  }

  @Benchmark
  public DominanceReduction reduce() {
    return dominance.reduce(game);
  }
}
