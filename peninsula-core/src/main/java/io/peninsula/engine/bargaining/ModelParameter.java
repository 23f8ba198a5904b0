package io.peninsula.engine.bargaining;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter a bargaining model declares: its name (the {@code --param} key), type, default,
 * allowed range and meaning. {@link #parse} turns the text a user gave into the typed value or
 * throws an {@link InvalidInputException} naming the key, the value and what is allowed. A name
 * ending in {@code .*} declares a family of keys (e.g. {@code reference.*}: one per issue id).
 */
public record ModelParameter(String name, Type type, String defaultValue, String range, String meaning, List<String> choices,
    double min, double max) {

  /** The value types a parameter can have. */
  public enum Type { INTEGER, NUMBER, BOOLEAN, CHOICE }

  public ModelParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(meaning, "meaning");
    choices = List.copyOf(choices);
    if (type == Type.CHOICE && choices.isEmpty()) throw new IllegalArgumentException(name + ": a choice needs choices");
  }

  /** An integer in [min, max]. */
  public static ModelParameter integer(String name, int dflt, int min, int max, String meaning) {
    return new ModelParameter(name, Type.INTEGER, String.valueOf(dflt),
        "[" + min + ", " + (max == Integer.MAX_VALUE ? "∞" : String.valueOf(max)) + "]", meaning, List.of(), min, max);
  }

  /** A number in [min, max]. */
  public static ModelParameter number(String name, String dflt, double min, double max, String meaning) {
    String range = min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY ? "any number"
        : "[" + (min == Double.NEGATIVE_INFINITY ? "-∞" : plain(min)) + ", " + (max == Double.POSITIVE_INFINITY ? "∞" : plain(max)) + "]";
    return new ModelParameter(name, Type.NUMBER, dflt, range, meaning, List.of(), min, max);
  }

  /** true or false. */
  public static ModelParameter bool(String name, boolean dflt, String meaning) {
    return new ModelParameter(name, Type.BOOLEAN, String.valueOf(dflt), "true, false", meaning, List.of("true", "false"), 0, 1);
  }

  /** One of the listed words (matched case-insensitively, ignoring '-' and '_'). */
  public static ModelParameter choice(String name, String dflt, List<String> choices, String meaning) {
    return new ModelParameter(name, Type.CHOICE, dflt, String.join(", ", choices), meaning, choices, 0, 0);
  }

  /** True when {@code key} is this parameter (or one of its family, for a name ending in {@code .*}). */
  public boolean matches(String key) {
    return name.endsWith(".*") ? key.startsWith(name.substring(0, name.length() - 1)) && key.length() > name.length() - 1
        : name.equals(key);
  }

  /** The typed value of {@code raw}: Integer, Double, Boolean or the canonical choice. */
  public Object parse(String key, String raw) {
    String t = raw.trim();
    switch (type) {
      case INTEGER -> {
        long v;
        try {
          v = Long.parseLong(t);
        } catch (NumberFormatException e) {
          throw bad(key, raw, "is not an integer");
        }
        if (v < min || v > max) throw bad(key, raw, "must be in " + range);
        return (int) v;
      }
      case NUMBER -> {
        double v;
        try {
          v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
          throw bad(key, raw, "is not a number");
        }
        if (!(v >= min && v <= max)) throw bad(key, raw, "must be in " + range);
        return v;
      }
      case BOOLEAN -> {
        if (t.equalsIgnoreCase("true")) return Boolean.TRUE;
        if (t.equalsIgnoreCase("false")) return Boolean.FALSE;
        throw bad(key, raw, "must be true or false");
      }
      default -> {
        String norm = norm(t);
        for (String c : choices) if (norm(c).equals(norm)) return c;
        throw bad(key, raw, "must be one of " + range);
      }
    }
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  private static InvalidInputException bad(String key, String raw, String what) {
    return new InvalidInputException(key, raw, "parameter " + key + " = '" + raw + "' " + what);
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
