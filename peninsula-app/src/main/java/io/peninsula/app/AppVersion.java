package io.peninsula.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application's version, from the resource filtered at build time ({@code dev} when absent).
 * Read once: the resource cannot change while the program runs, and reading it from the jar on
 * every call (every provenance, every health check) cost the server more than the request itself.
 */
public final class AppVersion {
  private static final String VERSION = read();

  private AppVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = AppVersion.class.getResourceAsStream("/peninsula-version.properties")) {
      if (in == null) return "dev";
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String java() {
    return System.getProperty("java.version");
  }
}
