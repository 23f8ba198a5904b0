package io.peninsula.store;

import java.nio.file.Path;

/** Child process that opens the store for writing, says "locked", and holds the lock until stdin closes. */
public final class LockHolderMain {
  private LockHolderMain() {}

  public static void main(String[] args) throws Exception {
    try (RunStore s = RunStore.open(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock
      }
    }
  }
}
