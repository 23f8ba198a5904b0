package io.peninsula.bench;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.imports.KtabCsvReader;
import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * Every registered bargaining model on the bundled korea-2025 scenario and on KTAB's 40-, 80- and
 * 160-actor inputs (the model only; inputs are parsed in setup). Run:
 * {@code mvn -B -q -pl peninsula-bench -am package -DskipTests && java -jar
 * peninsula-bench/target/benchmarks.jar BargainingModelsBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BargainingModelsBenchmark {
  @Param({"compromise", "median", "bdm", "nash", "exchange", "smp"})
  public String model;

  @Param({"korea-2025", "dummyData-a040", "dummyData-a080", "dummyData-a160"})
  public String input;

  private Scenario scenario;
  private BargainingModel engine;

  @Setup
  public void load() throws IOException {
    engine = BargainingModels.byName(model).orElseThrow();
    if (input.startsWith("korea")) {
      scenario = ScenarioLoader.parse(input + ".yaml", BundledScenarios.text(input).orElseThrow());
      return;
    }
    try (InputStream in = BargainingModelsBenchmark.class.getResourceAsStream("/ktab-smp/" + input + ".csv")) {
      if (in == null) throw new IOException("missing resource ktab-smp/" + input + ".csv");
      scenario = KtabCsvReader.read(input + ".csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  public ForecastResult forecast() {
    return engine.forecast(scenario, ModelConfig.defaults());
  }
}
