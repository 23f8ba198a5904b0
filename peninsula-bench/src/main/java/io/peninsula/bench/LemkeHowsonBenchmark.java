package io.peninsula.bench;

import io.peninsula.engine.equilibrium.LemkeHowson;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
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
 * {@link LemkeHowson} on random games with integer payoffs uniform in [0, 1000) drawn from a fixed
 * seed: {@code first} is one equilibrium (label 1: double-precision path, final basis re-solved and
 * verified exactly), {@code allReachable} the CLI's {@code lcp} (every label from the artificial
 * equilibrium and from each equilibrium found, exact). Run:
 * {@code java -jar peninsula-bench/target/benchmarks.jar LemkeHowsonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LemkeHowsonBenchmark {
  @Param({"100"})
  public int firstSize;

  @Param({"15"})
  public int allSize;

  @Param({"1", "2", "3"})
  public long seed;

  private StrategicGame large;
  private StrategicGame small;
  private final LemkeHowson lh = new LemkeHowson();

  @Setup
  public void games() {
    large = random(new SplittableRandom(seed), firstSize);
    small = random(new SplittableRandom(seed), allSize);
  }

  static StrategicGame random(SplittableRandom rnd, int size) {
    Rational[][] a = new Rational[size][size];
    Rational[][] b = new Rational[size][size];
    for (int i = 0; i < size; i++)
      for (int j = 0; j < size; j++) {
        a[i][j] = Rational.of(rnd.nextInt(1000));
        b[i][j] = Rational.of(rnd.nextInt(1000));
      }
    return StrategicGame.bimatrix("random " + size + "x" + size, a, b);
  }

  @Benchmark
  public MixedProfile first() {
    return lh.firstEquilibrium(large);
  }

  @Benchmark
  public List<MixedProfile> allReachable() {
    return lh.solve(small);
  }
}
