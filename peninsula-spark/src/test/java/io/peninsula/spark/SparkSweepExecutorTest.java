package io.peninsula.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.sweep.LocalSweepExecutor;
import io.peninsula.engine.sweep.SweepPlan;
import io.peninsula.engine.sweep.SweepSpec;
import io.peninsula.engine.sweep.SweepTable;
import io.peninsula.formats.scenario.SweepScenarios;
import io.peninsula.formats.scenario.SweepSpecReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Spark executor's table equals the local executor's, bit for bit, on local[1] and local[2]
 * with different partitionings — on a spec with every model and every option of a small scenario
 * (options of every path: unchanged, compiled edits, record path). Small sample counts and
 * one-block tasks keep it quick while still spreading each study's blocks over several tasks and
 * partitions. (The CLI test SweepCommandTest runs korea-2025 through the launcher.)
 */
class SparkSweepExecutorTest {
  private static JavaSparkContext context(String master) {
    SparkConf conf = new SparkConf().setAppName("peninsula-test").setMaster(master).set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    JavaSparkContext sc = new JavaSparkContext(conf);
    sc.setLogLevel("WARN");
    return sc;
  }

  @ParameterizedTest
  @EnumSource(SweepSpec.Kind.class)
  void sparkLocal1AndLocal2_identicalToLocalEngine_everyModelAndOption(SweepSpec.Kind kind) {
    List<String> models = kind == SweepSpec.Kind.MONTECARLO ? BargainingModels.names() : List.of("compromise", "smp");
    SweepSpec spec = new SweepSpec(kind, List.of("small.yaml"), models, List.of(), kind == SweepSpec.Kind.MONTECARLO ? 150 : 3, 3,
        Map.of(), UncertaintyDefaults.standard());
    String yaml = SweepSpecReader.write(spec);
    Map<String, SweepScenarios.Text> texts = SweepScenarios.load(SweepSpecReader.read("spec.yaml", yaml), Path.of("src", "test", "resources"));
    SweepPlan plan = new SweepPlan(spec, SweepScenarios.parse(texts), 1, 1);
    SweepTable local = LocalSweepExecutor.run(plan, 2, d -> {});
    assertThat(local.rows()).isNotEmpty();
    assertThat(local.rows().stream().map(r -> r.get(1)).distinct().toList()).hasSize(SweepScenarios.parse(texts).get("small.yaml").options().size());
    for (String master : List.of("local[1]", "local[2]")) {
      try (JavaSparkContext sc = context(master)) {
        for (int partitions : master.equals("local[1]") ? new int[] {1} : new int[] {3, 0}) {
          SweepTable spark = SparkSweepExecutor.run(sc, yaml, texts, partitions, 1, 1);
          assertThat(spark).as(master + ", " + partitions + " partitions").isEqualTo(local);
          assertThat(spark.csv()).isEqualTo(local.csv());
        }
      }
    }
  }
}
