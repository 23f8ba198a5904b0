package io.peninsula.cli;

import java.sql.DriverManager;

/** Child process: holds a DuckDB write lock on {@code args[0]} (says "locked") until stdin closes. */
public final class StoreLockHolderMain {
  private StoreLockHolderMain() {}

  public static void main(String[] args) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
      c.createStatement().execute("SELECT 1");
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock
      }
    }
  }
}
