package io.peninsula.bench;

import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.engine.analysis.UncertaintySampler;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.ScenarioKernel;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.model.Scenario;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Time of one SMP forecast through its {@link ScenarioKernel} (what Monte Carlo and sweeps run
 * per sample and option) on korea-2025: {@value #DRAWS} input draws made once in {@code @Setup}
 * (seed 42, the scenario's declared uncertainty and the standard defaults), one invocation
 * forecasts them all, so the score is per forecast. {@code constraint}: {@code none} is the model
 * alone, {@code veto} the veto-player constraint the CLI applies by default on korea-2025.
 *
 * <p>Run: {@code mvn -q -pl peninsula-bench -am package -DskipTests && java -jar
 * peninsula-bench/target/benchmarks.jar SmpKernelBenchmark -f 1 -wi 3 -i 5}. On a shared machine
 * prefer {@link SmpKernelCpu} (CPU time, insensitive to the load).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SmpKernelBenchmark {
  static final int DRAWS = 64;

  @Param({"none", "veto"})
  public String constraint;

  private ScenarioKernel kernel;
  private double[][] capability;
  private double[][] position;
  private double[][] salience;
  private final double[] out = new double[32];

  @Setup
  public void setup() {
    Scenario s = ScenarioFormats.read("yaml", "korea-2025.yaml", BundledScenarios.text("korea-2025").orElseThrow());
    kernel = kernel(s, constraint);
    capability = new double[DRAWS][s.actors().size()];
    position = new double[DRAWS][s.positions().size()];
    salience = new double[DRAWS][s.positions().size()];
    draw(s, capability, position, salience);
  }

  static ScenarioKernel kernel(Scenario s, String constraint) {
    BargainingModel smp = BargainingModels.byName("smp").orElseThrow();
    BargainingModel m = constraint.equals("veto") ? new VetoConstrainedModel(smp) : smp;
    return m.scenarioKernel(s, ModelConfig.defaults()).orElseThrow();
  }

  static void draw(Scenario s, double[][] capability, double[][] position, double[][] salience) {
    UncertaintySampler sampler = new UncertaintySampler(s, UncertaintyDefaults.standard());
    SplittableRandom rng = new SplittableRandom(42);
    for (int i = 0; i < capability.length; i++) sampler.draw(rng, capability[i], position[i], salience[i]);
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double forecast() {
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      kernel.outcomes(capability[i], position[i], salience[i], i, out);
      sum += out[0];
    }
    return sum;
  }
}
