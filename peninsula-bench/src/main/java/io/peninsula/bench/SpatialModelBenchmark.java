package io.peninsula.bench;

import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.SpatialModelOfPolitics;
import io.peninsula.formats.imports.KtabCsvReader;
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
 * End-to-end KTAB SMP runs (parse KTAB CSV text, run {@link SpatialModelOfPolitics} with KTAB's
 * default options to its stopping rule) on KTAB's shipped inputs, for comparison with KTAB's
 * {@code smpc}. Run: {@code java -jar peninsula-bench/target/benchmarks.jar SpatialModelBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpatialModelBenchmark {
  @Param({"SOE-Policy", "dummyData_6Dim", "SOE-Competitive", "dummyData-a040", "dummyData-a080", "dummyData-a160"})
  public String input;

  private String csv;
  private final SpatialModelOfPolitics model = new SpatialModelOfPolitics();

  @Setup
  public void load() throws IOException {
    try (InputStream in = SpatialModelBenchmark.class.getResourceAsStream("/ktab-smp/" + input + ".csv")) {
      if (in == null) throw new IOException("missing resource ktab-smp/" + input + ".csv");
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public ForecastResult parseAndRun() {
    return model.forecast(KtabCsvReader.read(input + ".csv", csv), ModelConfig.defaults());
  }
}
