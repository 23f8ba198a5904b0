package io.peninsula.app;

import java.util.Locale;

/** Refuses, before allocating, work whose arrays would not fit in half of the JVM's maximum heap. */
public final class MemoryEstimate {
  private MemoryEstimate() {}

  /** @throws BadRequestException (bad input, exit 2) naming the estimate and the fix */
  public static void refuseIfTooLarge(String command, long bytes, String what, String fix) {
    long budget = Runtime.getRuntime().maxMemory() / 2;
    if (bytes > budget || bytes < 0)
      throw new BadRequestException(String.format(Locale.ROOT,
          "%s would hold about %s in memory for %s, more than half of the %s this JVM may use; %s, or give Java more memory"
              + " (PENINSULA_JAVA_OPTS=-Xmx…)", command, gb(bytes < 0 ? Long.MAX_VALUE : bytes), what,
          gb(Runtime.getRuntime().maxMemory()), fix));
  }

  private static String gb(long bytes) {
    return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
  }
}
