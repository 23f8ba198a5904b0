package io.peninsula.formats.fuzz;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The contract every fuzz target checks: an input ends in a parsed value or in an {@link
 * InputException} whose problems name the file and say what is wrong; never another exception
 * (Jazzer reports it, with the input, as a finding), never more than 2 s of CPU on one input (checked
 * in fuzzing mode, after a warm-up, as the first inputs pay for class loading and instrumentation;
 * CPU rather than wall time, as the machine the fuzzer runs on may be shared), and never
 * memory beyond the fork's heap ({@code bench/fuzz.sh} runs with {@code -Xmx512m}; an
 * OutOfMemoryError is a finding).
 */
final class FuzzContract {
  static final long MAX_MILLIS = 2000;
  /**
   * How long {@code JAZZER_FUZZ=1} fuzzes one target when nothing else is said; bench/fuzz.sh gives each
   * target its own time with {@code -Djazzer.internal.arg.1=-max_total_time=N} (see the script).
   */
  static final String FUZZ_FOR = "60s";
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();
  private static int calls;
  /** Inputs not timed at the start: they load and instrument the parser's classes. */
  private static final int WARM_UP = 500;
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  private FuzzContract() {}

  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** Runs {@code parse}; returns the value, or null after checking the input error. */
  static <T> T check(String file, String text, Function<String, T> parse) {
    long t0 = CPU.getCurrentThreadCpuTime();
    try {
      T value = parse.apply(text);
      if (value == null) throw new AssertionError("parser returned null for " + file);
      return value;
    } catch (InputException e) {
      for (Problem p : e.problems()) {
        if (!p.file().equals(file)) throw new AssertionError("problem names " + p.file() + ", not the input " + file, e);
        if (p.message().isBlank()) throw new AssertionError("problem without a message", e);
        if (p.line() < 0 || p.column() < 0) throw new AssertionError("negative location " + p.format(), e);
      }
      return null;
    } finally {
      long ms = (CPU.getCurrentThreadCpuTime() - t0) / 1_000_000;
      if (FUZZING && ++calls > WARM_UP && ms > MAX_MILLIS)
        throw new AssertionError("one input took " + ms + " ms of CPU (limit " + MAX_MILLIS + " ms)");
    }
  }
}
