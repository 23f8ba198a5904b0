package io.peninsula.formats;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bounds on what an input may make the program allocate, checked before the allocation: the size
 * of an input file, the number of strategy profiles of a game, the number of actor × issue cells of
 * a scenario, and the nesting depth and aliases of a YAML/JSON document. Exceeding one is an
 * {@link InputException} (exit 2) that says what the limit is and how to raise it. Each numeric
 * limit is read from an environment variable or the system property of the same meaning:
 *
 * <ul>
 *   <li>{@code PENINSULA_MAX_FILE_MB} / {@code peninsula.limits.file-mb}: input file size, 64 MB;
 *   <li>{@code PENINSULA_MAX_PROFILES} / {@code peninsula.limits.profiles}: strategy profiles of a
 *       game (the product of the players' strategy counts), 16,777,216;
 *   <li>{@code PENINSULA_MAX_CELLS} / {@code peninsula.limits.cells}: actors × issues of a scenario,
 *       250,000.
 * </ul>
 */
public final class InputLimits {
  public static final long DEFAULT_FILE_MB = 64;
  public static final long DEFAULT_PROFILES = 1L << 24;
  public static final long DEFAULT_CELLS = 250_000;
  /** Deepest nesting of mappings and lists in a scenario document (a scenario needs about 5). */
  public static final int MAX_NESTING = 64;
  /** Most YAML aliases (references to anchors) in one document: alias bombs stop here. */
  public static final int MAX_ALIASES = 100;
  /**
   * Longest number literal in a game file, in characters (exponent included). Large enough for the
   * exact form the writers give every number this reader accepts, so that a written game reads back:
   * a literal of 400 characters with an exponent within ±{@link #MAX_EXPONENT} is, exactly, a
   * fraction of at most 1,400 digits over at most 1,400 digits (a fuzz finding: {@code .5e410} read,
   * was written as its 410-digit integer, and that was refused when read back under a limit of 400).
   */
  public static final int MAX_NUMBER_CHARS = 4096;
  /** Largest decimal exponent in a game file's numbers ({@code 1e999999999} would need gigabytes). */
  public static final int MAX_EXPONENT = 1000;

  private InputLimits() {}

  public static long maxFileBytes() {
    return configured("PENINSULA_MAX_FILE_MB", "peninsula.limits.file-mb", DEFAULT_FILE_MB) * 1024 * 1024;
  }

  public static long maxProfiles() {
    return configured("PENINSULA_MAX_PROFILES", "peninsula.limits.profiles", DEFAULT_PROFILES);
  }

  public static long maxCells() {
    return configured("PENINSULA_MAX_CELLS", "peninsula.limits.cells", DEFAULT_CELLS);
  }

  private static long configured(String env, String property, long fallback) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) v = System.getenv(env);
    if (v == null || v.isBlank()) return fallback;
    try {
      long n = Long.parseLong(v.trim());
      if (n >= 1) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InputException.of(env, 0, 0, "", "must be a whole number >= 1, not \"" + v + "\"");
  }

  /** Reads a UTF-8 input file after checking its size against {@link #maxFileBytes()}. */
  public static String readFile(Path path) {
    String name = path.toString();
    try {
      long size = Files.size(path);
      long max = maxFileBytes();
      if (size > max)
        throw InputException.of(name, 0, 0, "", "the file is " + mb(size) + ", above the input limit of " + mb(max)
            + "; raise it with PENINSULA_MAX_FILE_MB=N if the file is what you meant");
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw InputException.of(name, 0, 0, "", "is not UTF-8 text; save the file as UTF-8");
    } catch (IOException e) {
      throw InputException.of(name, 0, 0, "", "cannot be read: " + e.getMessage());
    }
  }

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** Refuses a game whose strategy counts multiply past {@link #maxProfiles()}; returns the product. */
  public static long checkProfiles(String file, int line, int column, long[] strategyCounts) {
    long max = maxProfiles();
    long product = 1;
    StringBuilder dims = new StringBuilder();
    boolean over = false;
    for (long c : strategyCounts) {
      dims.append(dims.length() == 0 ? "" : " × ").append(c);
      if (!over && product > max / Math.max(1, c)) over = true;
      if (!over) product *= c;
    }
    if (over || product > max)
      throw InputException.of(file, line, column, "", "the game has " + dims + " strategy profiles"
          + (over ? "" : " (" + product + ")") + ", more than the limit of " + max
          + "; raise it with PENINSULA_MAX_PROFILES=N if this machine has the memory (about 100 bytes per profile)");
    return product;
  }

  /** Refuses a scenario of more than {@link #maxCells()} actor × issue cells. */
  public static void checkCells(String file, int actors, int issues) {
    long max = maxCells();
    long cells = (long) actors * issues;
    if (cells > max)
      throw InputException.of(file, 0, 0, "", "the scenario has " + actors + " actors × " + issues + " issues = " + cells
          + " cells, more than the limit of " + max + "; raise it with PENINSULA_MAX_CELLS=N");
  }

  /** Refuses a number literal of a game file that would take unbounded time or memory to read exactly. */
  public static String checkNumber(String file, int line, int column, String literal) {
    if (literal.length() > MAX_NUMBER_CHARS)
      throw InputException.of(file, line, column, "", "a number of " + literal.length() + " characters; at most "
          + MAX_NUMBER_CHARS + " are read");
    int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
    if (e >= 0) {
      String exp = literal.substring(e + 1);
      int slash = exp.indexOf('/');
      if (slash >= 0) exp = exp.substring(0, slash);
      String digits = exp.replaceFirst("^[+-]", "").replaceFirst("^0+", "");
      if (digits.length() > 4 || !digits.isEmpty() && Integer.parseInt(digits) > MAX_EXPONENT)
        throw InputException.of(file, line, column, "", "the exponent of \"" + (literal.length() > 40 ? literal.substring(0, 40) + "…" : literal)
            + "\" is beyond ±" + MAX_EXPONENT + "; write the number without such an exponent");
    }
    return literal;
  }
}
