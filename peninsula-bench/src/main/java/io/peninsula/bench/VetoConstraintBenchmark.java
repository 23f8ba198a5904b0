package io.peninsula.bench;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.Scenario;
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
 * What the veto-player constraint adds to a forecast: each model alone ({@code none}) and wrapped
 * in {@link VetoConstrainedModel} ({@code veto}) on korea-2025, where every issue declares a status
 * quo and a decision rule. Run: {@code mvn -B -q -pl peninsula-bench -am package -DskipTests &&
 * java -jar peninsula-bench/target/benchmarks.jar VetoConstraintBenchmark -f 1 -wi 3 -i 5}; the
 * figures are in bench/veto.txt.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VetoConstraintBenchmark {
  @Param({"compromise", "bdm"})
  public String model;

  @Param({"none", "veto"})
  public String constraint;

  private Scenario scenario;
  private BargainingModel engine;

  @Setup
  public void load() {
    scenario = ScenarioLoader.parse("korea-2025.yaml", BundledScenarios.text("korea-2025").orElseThrow());
    BargainingModel m = BargainingModels.byName(model).orElseThrow();
    engine = constraint.equals("veto") ? new VetoConstrainedModel(m) : m;
  }

  @Benchmark
  public ForecastResult forecast() {
    return engine.forecast(scenario, ModelConfig.defaults());
  }
}
