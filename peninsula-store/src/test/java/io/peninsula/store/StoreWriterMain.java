package io.peninsula.store;

import java.nio.file.Path;
import java.time.Instant;

/** Child process for the kill test: writes large runs in a loop until killed, printing each id once committed. */
public final class StoreWriterMain {
  private StoreWriterMain() {}

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    String payload = "x".repeat(200_000);
    for (long n = 0; ; n++) {
      try (RunStore s = RunStore.open(db)) {
        Instant t = Instant.now();
        String id = s.record(new StoredRun("", "montecarlo", "[]", "bdm", "{}", "k", "k", "yaml", "h", "text", n, "0", "17", t, t,
            "local", "{\"payload\":\"" + payload + "\",\"n\":" + n + ",\"end\":true}"));
        System.out.println("stored " + n + " " + id);
        System.out.flush();
      }
    }
  }
}
