package io.peninsula.app.sweep;

import io.peninsula.app.BadRequestException;
import io.peninsula.engine.sweep.SweepTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a sweep on Apache Spark through the separately built module peninsula-spark, in a child
 * JVM ({@code java -cp <module jar + Spark's jars> io.peninsula.spark.SparkSweep ...}), so Spark's
 * dependencies (other Jackson and Netty versions) never enter the CLI's class path. The child
 * writes the table as CSV (doubles in round-trip form), which is read back here, so both engines
 * hand the same table to the same writers.
 *
 * <p>The module is found in the directory of system property {@code peninsula.spark.dir} when set, else in {@code $PENINSULA_SPARK_DIR}, else in {@code peninsula-spark/target}
 * next to this jar's module directory, else under the working directory; it needs {@code
 * peninsula-spark.jar} and {@code spark-classpath.txt} (written by its build).
 */
public final class SparkLauncher {
  /** The JVM flags Spark needs on Java 17 (also in peninsula-spark's surefire argLine). */
  static final List<String> ADD_OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  public static final String HOW_TO_BUILD = "the Spark engine is not built; build it once in the source tree with "
      + "`mvn -B -pl peninsula-spark -am package -DskipTests` (it downloads Apache Spark, ~300 MB, into ~/.m2), "
      + "or set PENINSULA_SPARK_DIR to a directory holding peninsula-spark.jar and spark-classpath.txt";

  private SparkLauncher() {}

  static Optional<Path> moduleDir() {
    List<Path> candidates = new ArrayList<>();
    String prop = System.getProperty("peninsula.spark.dir");
    if (prop != null) return found(Path.of(prop)); // set: the only place to look (tests)
    String env = System.getenv("PENINSULA_SPARK_DIR");
    if (env != null && !env.isBlank()) candidates.add(Path.of(env));
    try {
      Path jar = Path.of(SparkLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // peninsula-cli/target/peninsula.jar (or target/classes) -> peninsula-spark/target
      Path module = jar.getParent() == null ? null : jar.getParent().getParent();
      if (module != null && module.getParent() != null) candidates.add(module.getParent().resolve("peninsula-spark").resolve("target"));
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      // no code source: fall back to the working directory
    }
    candidates.add(Path.of("peninsula-spark", "target").toAbsolutePath());
    for (Path c : candidates)
      if (found(c).isPresent()) return Optional.of(c);
    return Optional.empty();
  }

  private static Optional<Path> found(Path c) {
    return Files.isRegularFile(c.resolve("peninsula-spark.jar")) && Files.isRegularFile(c.resolve("spark-classpath.txt")) ? Optional.of(c) : Optional.empty();
  }

  public static SweepTable run(String specYaml, Path base, String master, List<SweepTable.Column> columns, PrintWriter err) {
    Path dir = moduleDir().orElseThrow(() -> new BadRequestException(HOW_TO_BUILD));
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("peninsula-sweep");
      Path spec = tmp.resolve("sweep.yaml");
      Path csv = tmp.resolve("table.csv");
      Files.writeString(spec, specYaml, StandardCharsets.UTF_8);
      String cp = dir.resolve("peninsula-spark.jar") + java.io.File.pathSeparator
          + Files.readString(dir.resolve("spark-classpath.txt"), StandardCharsets.UTF_8).strip();
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(ADD_OPENS);
      cmd.addAll(List.of("-cp", cp, "io.peninsula.spark.SparkSweep", spec.toString(), "--master", master, "--base", base.toString(),
          "--out", csv.toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1"); // loopback only, unless the user chose otherwise
      Process p = pb.start();
      try (var in = p.getInputStream()) {
        byte[] buf = new byte[8192];
        for (int r; (r = in.read(buf)) > 0; ) {
          err.print(new String(buf, 0, r, StandardCharsets.UTF_8));
          err.flush();
        }
      }
      int rc = p.waitFor();
      if (rc != 0) throw new BadRequestException("the Spark sweep failed (exit " + rc + "; its log is above)");
      return SweepTable.parseCsv(columns, Files.readString(csv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadRequestException("cannot run the Spark engine: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadRequestException("interrupted while the Spark sweep ran");
    } finally {
      if (tmp != null) deleteQuietly(tmp);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // temporary files only
    }
  }
}
