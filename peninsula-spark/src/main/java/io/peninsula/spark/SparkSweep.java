package io.peninsula.spark;

import io.peninsula.engine.sweep.SweepSpec;
import io.peninsula.engine.sweep.SweepTable;
import io.peninsula.formats.InputException;
import io.peninsula.formats.scenario.SweepScenarios;
import io.peninsula.formats.scenario.SweepSpecReader;
import io.peninsula.store.ParquetTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Entry point of the Spark sweep, for {@code spark-submit --class io.peninsula.spark.SparkSweep
 * peninsula-spark.jar SPEC.yaml --out FILE.parquet} and for {@code peninsula sweep --engine spark}
 * (which starts it in a child JVM). Arguments: {@code SPEC [--master URL] [--base DIR] [--out
 * FILE.parquet|FILE.csv] [--partitions N]}; without {@code --master} the master comes from
 * spark-submit. Scenario files are resolved on the driver against {@code --base} (default: the
 * spec's directory) and shipped to executors as text. Exit 0 on success, 2 on bad input.
 */
public final class SparkSweep {
  private SparkSweep() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    String spec = null;
    String master = null;
    Path base = null;
    Path out = null;
    int partitions = 0;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--master" -> master = value(args, ++i);
          case "--base" -> base = Path.of(value(args, ++i));
          case "--out" -> out = Path.of(value(args, ++i));
          case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
          default -> {
            if (args[i].startsWith("--") || spec != null) throw new IllegalArgumentException("unexpected argument " + args[i]);
            spec = args[i];
          }
        }
      }
      if (spec == null) throw new IllegalArgumentException("missing SPEC");
      if (out == null) throw new IllegalArgumentException("missing --out FILE.parquet (or FILE.csv)");
      Path specPath = Path.of(spec);
      String text = Files.readString(specPath, StandardCharsets.UTF_8);
      SweepSpec s = SweepSpecReader.read(spec, text);
      Map<String, SweepScenarios.Text> scenarios = SweepScenarios.load(s, base != null ? base : specPath.toAbsolutePath().getParent());
      SparkConf conf = new SparkConf().setAppName("peninsula-sweep");
      if (master != null) conf.setMaster(master);
      conf.setIfMissing("spark.ui.enabled", "false");
      String m = conf.get("spark.master", "local[*]");
      if (m.startsWith("local") || m.contains("://127.0.0.1") || m.contains("://localhost")) {
        conf.setIfMissing("spark.driver.host", "127.0.0.1");
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      }
      SweepTable table;
      try (JavaSparkContext sc = new JavaSparkContext(conf)) {
        sc.setLogLevel("WARN");
        table = SparkSweepExecutor.run(sc, SweepSpecReader.write(s), scenarios, partitions);
      }
      if (out.toString().endsWith(".parquet")) ParquetTables.write(table, out);
      else Files.writeString(out, table.csv(), StandardCharsets.UTF_8);
      System.err.println("peninsula-spark: " + table.rows().size() + " rows written to " + out);
      return 0;
    } catch (InputException e) {
      System.err.println("peninsula-spark: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("peninsula-spark: " + e.getMessage()
          + "\nusage: SparkSweep SPEC.yaml --out FILE.parquet|FILE.csv [--master URL] [--base DIR] [--partitions N]");
      return 2;
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) throw new IllegalArgumentException("missing value for " + args[i - 1]);
    return args[i];
  }
}
