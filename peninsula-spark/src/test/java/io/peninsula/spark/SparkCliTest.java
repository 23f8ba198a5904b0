package io.peninsula.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peninsula sweep --engine spark --master local[2]} from the CLI: the launcher starts the
 * Spark sweep in a child JVM and prints the same CSV as {@code --engine local}. The module's jar is
 * not packaged yet when tests run, so the launcher is pointed at a directory whose class-path file
 * is this test JVM's class path (module classes + Spark) and whose jar is empty.
 */
class SparkCliTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Cli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute(args);
    return new String[] {String.valueOf(rc), out.toString(), err.toString()};
  }

  @Test
  void engineSpark_local2_sameCsvAsLocalEngine(@TempDir Path dir) throws Exception {
    try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(dir.resolve("peninsula-spark.jar")), new Manifest())) {
      // an empty jar: the classes come from the class-path file below
    }
    Files.writeString(dir.resolve("spark-classpath.txt"), System.getProperty("java.class.path"));
    System.setProperty("peninsula.spark.dir", dir.toString());
    try {
      String scenario = Path.of("src", "test", "resources", "small.yaml").toString();
      String[] common = {"sweep", "--scenario", scenario, "--models", "compromise,smp", "--samples", "140", "--no-store"};
      String[] local = run(concat(common, "--engine", "local"));
      String[] spark = run(concat(common, "--engine", "spark", "--master", "local[2]"));
      assertThat(local[0]).as(local[2]).isEqualTo("0");
      assertThat(spark[0]).as(spark[2]).isEqualTo("0");
      assertThat(spark[2]).contains("peninsula-spark: 12 rows written to ");
      assertThat(spark[1]).startsWith("scenario,option,model,params,issue,n,").isEqualTo(local[1]);
    } finally {
      System.clearProperty("peninsula.spark.dir");
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
