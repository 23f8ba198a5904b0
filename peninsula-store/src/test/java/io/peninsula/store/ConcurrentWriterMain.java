package io.peninsula.store;

import java.nio.file.Path;
import java.time.Instant;

/** Child process for the concurrency test: stores {@code args[2]} runs through {@link RunWriter}. */
public final class ConcurrentWriterMain {
  private ConcurrentWriterMain() {}

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    int worker = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    for (int n = 0; n < runs; n++) {
      Instant t = Instant.now();
      RunWriter.Written w = RunWriter.record(db, new StoredRun("", "forecast", "[]", "bdm", "{}", "k", "k", "yaml", "h", "text",
          worker * 1000L + n, "0", "17", t, t, "local", "{\"worker\":" + worker + ",\"n\":" + n + "}"));
      System.out.println((w.spooledTo().isPresent() ? "spooled " : "stored ") + w.id());
      System.out.flush();
    }
  }
}
