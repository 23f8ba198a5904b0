package io.peninsula.bench;

import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.StrategicGame;
import java.util.List;
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
 * enummixed on one random n×n game with payoffs 0..99 (the first game of each size in
 * bench/enummixed.sh, whose comparison with lrsnash is in bench/enummixed.txt).
 *
 * <p>Run: {@code mvn -q -pl peninsula-bench -am package -DskipTests && java -jar
 * peninsula-bench/target/benchmarks.jar VertexEnumerationBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VertexEnumerationBenchmark {
  @Param({"10", "12", "15"})
  public int size;

  private StrategicGame game;
  private final VertexEnumeration solver = new VertexEnumeration();

  @Setup
  public void setup() {
    game = EnummixedVsLrsnash.randomGame(size, size, 99, 2024);
  }

  @Benchmark
  public List<MixedProfile> solve() {
    return solver.solve(game);
  }
}
