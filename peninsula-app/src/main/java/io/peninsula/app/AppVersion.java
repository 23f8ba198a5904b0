package io.peninsula.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, from the resource filtered at build time ({@code dev} when absent). */
public final class AppVersion {
  private AppVersion() {}

  public static String get() {
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
