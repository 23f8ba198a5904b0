package io.peninsula.bench;

import io.peninsula.engine.analysis.MonteCarlo;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueKernel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.model.Scenario;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of one Monte Carlo sample on korea-2025 with every policy option (draw the inputs, forecast
 * the baseline and each option with edits, update the aggregates), single-threaded. One invocation
 * runs one block of {@link MonteCarlo#BLOCK} samples, so the score is per sample. {@code path}:
 * {@code kernel} is what the CLI runs (samples drawn as numbers, the model's {@link IssueKernel});
 * {@code records} hides the kernel, so every sample is built as a {@link Scenario} and forecast
 * through {@link BargainingModel#forecastWithoutNotes} (the path before the kernel; same numbers).
 *
 * <p>Run: {@code mvn -q -pl peninsula-bench -am package -DskipTests && java -jar
 * peninsula-bench/target/benchmarks.jar MonteCarloBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MonteCarloBenchmark {
  @Param({"compromise", "bdm", "smp"})
  public String model;

  @Param({"kernel", "records"})
  public String path;

  private BargainingModel bargaining;

  private Scenario scenario;
  private long seed;

  @Setup
  public void setup() {
    String name = "korea-2025";
    scenario = ScenarioFormats.read("yaml", name + ".yaml", BundledScenarios.text(name).orElseThrow());
    BargainingModel m = BargainingModels.byName(model).orElseThrow();
    bargaining = path.equals("kernel") ? m : withoutKernel(m);
  }

  /** The model seen through scenario records only. */
  private static BargainingModel withoutKernel(BargainingModel m) {
    return new BargainingModel() {
      @Override
      public String name() {
        return m.name();
      }

      @Override
      public String description() {
        return m.description();
      }

      @Override
      public boolean issueSeparable() {
        return m.issueSeparable();
      }

      @Override
      public ForecastResult forecast(Scenario s, ModelConfig c) {
        return m.forecast(s, c);
      }

      @Override
      public ForecastResult forecastWithoutNotes(Scenario s, ModelConfig c) {
        return m.forecastWithoutNotes(s, c);
      }
    };
  }

  @Benchmark
  @OperationsPerInvocation(MonteCarlo.BLOCK)
  public MonteCarloResult sample() {
    MonteCarlo mc = new MonteCarlo(scenario, scenario.options(), bargaining,
        ModelConfig.defaults(), MonteCarloConfig.of(seed++, MonteCarlo.BLOCK, 1));
    return mc.run(new AtomicBoolean(), d -> {});
  }
}
