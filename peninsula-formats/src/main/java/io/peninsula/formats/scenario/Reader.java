package io.peninsula.formats.scenario;

import io.peninsula.formats.Problem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Typed, located access to a {@link Node} tree that records a {@link Problem} for every missing
 * field, wrong type or unknown key instead of throwing, so one pass reports all faults.
 */
final class Reader {
  final String file;
  final List<Problem> problems;

  Reader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  void problem(Node at, String path, String message) {
    problems.add(new Problem(file, at == null ? 0 : at.line, at == null ? 0 : at.column, path, message));
  }

  /** Reports keys of {@code map} not in {@code allowed}, suggesting the closest allowed key. */
  void checkKeys(Node map, String path, Set<String> allowed) {
    for (var e : map.fields.entrySet()) {
      String key = e.getKey();
      if (allowed.contains(key)) continue;
      int[] loc = map.keyLocations.get(key);
      String hint = closest(key, allowed).map(c -> "; did you mean \"" + c + "\"?").orElse("");
      problems.add(new Problem(file, loc[0], loc[1], join(path, key),
          "unknown field \"" + key + "\" (allowed: " + String.join(", ", sorted(allowed)) + ")" + hint));
    }
  }

  Optional<Node> field(Node map, String key) {
    Node n = map.fields.get(key);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  Optional<Node> requireField(Node map, String path, String key, String what) {
    Optional<Node> n = field(map, key);
    if (n.isEmpty()) problem(map, join(path, key), "missing required field \"" + key + "\" (" + what + ")");
    return n;
  }

  Optional<Node> requireMap(Node n, String path) {
    if (n.isMap()) return Optional.of(n);
    problem(n, path, "expected a mapping (key: value pairs), got " + n.show());
    return Optional.empty();
  }

  List<Node> list(Node map, String path, String key) {
    Optional<Node> n = field(map, key);
    if (n.isEmpty()) return List.of();
    if (!n.get().isList()) {
      problem(n.get(), join(path, key), "expected a list, got " + n.get().show());
      return List.of();
    }
    return n.get().items;
  }

  Optional<String> string(Node map, String path, String key, boolean required, String what) {
    Optional<Node> n = required ? requireField(map, path, key, what) : field(map, key);
    if (n.isEmpty()) return Optional.empty();
    Node v = n.get();
    if (v.kind != Node.Kind.SCALAR) {
      problem(v, join(path, key), "expected text (" + what + "), got " + v.show());
      return Optional.empty();
    }
    String s = String.valueOf(v.scalar).trim();
    if (s.isEmpty()) {
      problem(v, join(path, key), "must not be empty (" + what + ")");
      return Optional.empty();
    }
    return Optional.of(s);
  }

  OptionalDouble number(Node map, String path, String key, boolean required, String what) {
    Optional<Node> n = required ? requireField(map, path, key, what) : field(map, key);
    if (n.isEmpty()) return OptionalDouble.empty();
    return number(n.get(), join(path, key), what);
  }

  OptionalDouble number(Node v, String path, String what) {
    if (v.kind == Node.Kind.SCALAR && v.scalar instanceof Number num) {
      double d = num.doubleValue();
      if (Double.isFinite(d)) return OptionalDouble.of(d);
      problem(v, path, "expected a finite number (" + what + "), got " + v.show() + "; NaN and infinities are not accepted");
      return OptionalDouble.empty();
    }
    problem(v, path, "expected a number (" + what + "), got " + v.show());
    return OptionalDouble.empty();
  }

  /** A number that must lie in [lo, hi]; out of range is reported with the allowed range. */
  OptionalDouble numberIn(Node map, String path, String key, boolean required, double lo, double hi, String what) {
    OptionalDouble d = number(map, path, key, required, what);
    if (d.isPresent() && (d.getAsDouble() < lo || d.getAsDouble() > hi)) {
      problem(map.fields.get(key), join(path, key),
          "value " + fmt(d.getAsDouble()) + " is out of range (allowed: "
              + (hi == Double.MAX_VALUE ? ">= " + fmt(lo) : fmt(lo) + " to " + fmt(hi)) + "; " + what + ")");
      return OptionalDouble.empty();
    }
    return d;
  }

  Optional<Boolean> bool(Node map, String path, String key) {
    Optional<Node> n = field(map, key);
    if (n.isEmpty()) return Optional.empty();
    if (n.get().scalar instanceof Boolean b) return Optional.of(b);
    problem(n.get(), join(path, key), "expected true or false, got " + n.get().show());
    return Optional.empty();
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }

  static List<String> sorted(Collection<String> c) {
    return c.stream().sorted().toList();
  }

  /** The allowed word nearest to {@code word} by edit distance, if it is close enough to be a typo. */
  static Optional<String> closest(String word, Collection<String> allowed) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = editDistance(word.toLowerCase(java.util.Locale.ROOT), a.toLowerCase(java.util.Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best != null && bestD <= Math.max(2, word.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++)
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
