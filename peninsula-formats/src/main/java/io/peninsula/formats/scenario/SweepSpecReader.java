package io.peninsula.formats.scenario;

import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.engine.sweep.SweepSpec;
import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sweep spec (YAML or JSON, schema in docs/sweeps.md) into a {@link SweepSpec}, and writes
 * one back as YAML. Every problem names file, line, column and field; all are reported at once.
 * (It lives beside the scenario reader to share its located YAML tree.)
 */
public final class SweepSpecReader {
  private static final Set<String> KEYS = Set.of("kind", "scenarios", "models", "options", "samples", "seed", "params", "noise");
  private static final Set<String> NOISE = Set.of("position", "salience", "capability");

  private SweepSpecReader() {}

  /**
   * @throws InputException listing every problem with its location
   */
  public static SweepSpec read(String file, String content) {
    List<Problem> problems = new ArrayList<>();
    Node root = new LocatedTreeReader(file, problems).read(content, content.stripLeading().startsWith("{"));
    if (!root.isMap()) throw InputException.of(file, root.line, root.column, "", "expected a mapping with kind, scenarios, models, ...; got " + root.show());
    for (var e : root.fields.entrySet())
      if (!KEYS.contains(e.getKey())) {
        int[] at = root.keyLocations.get(e.getKey());
        problems.add(new Problem(file, at[0], at[1], e.getKey(), "unknown key \"" + e.getKey() + "\" (allowed: " + String.join(", ", KEYS.stream().sorted().toList()) + ")"));
      }
    SweepSpec.Kind kind = SweepSpec.Kind.MONTECARLO;
    Node k = root.fields.get("kind");
    if (k != null) {
      String v = k.scalar instanceof String s ? s.toLowerCase(Locale.ROOT) : "";
      if (v.equals("montecarlo") || v.equals("sobol")) kind = SweepSpec.Kind.valueOf(v.toUpperCase(Locale.ROOT));
      else problems.add(new Problem(file, k.line, k.column, "kind", "kind is " + k.show() + "; allowed: montecarlo, sobol"));
    }
    List<String> scenarios = strings(file, root, "scenarios", true, problems);
    List<String> models = strings(file, root, "models", true, problems);
    List<String> options = List.of();
    Node o = root.fields.get("options");
    if (o != null && !(o.scalar instanceof String s && s.equals("all"))) options = strings(file, root, "options", false, problems);
    long samples = number(file, root, "samples", 1000, problems);
    long seed = number(file, root, "seed", 0, problems);
    Map<String, List<String>> params = new LinkedHashMap<>();
    Node p = root.fields.get("params");
    if (p != null && !p.isNull()) {
      if (!p.isMap()) {
        problems.add(new Problem(file, p.line, p.column, "params", "params is " + p.show() + "; expected a mapping KEY: [V1, V2, ...]"));
      } else {
        for (var e : p.fields.entrySet()) {
          Node v = e.getValue();
          List<String> vals = new ArrayList<>();
          if (v.isList()) {
            for (Node it : v.items) {
              if (it.kind == Node.Kind.SCALAR && it.scalar != null) vals.add(String.valueOf(it.scalar));
              else problems.add(new Problem(file, it.line, it.column, "params." + e.getKey(), "values must be scalars, got " + it.show()));
            }
          } else if (v.kind == Node.Kind.SCALAR && v.scalar != null) {
            vals.add(String.valueOf(v.scalar));
          } else {
            problems.add(new Problem(file, v.line, v.column, "params." + e.getKey(), "expected a value or a list of values, got " + v.show()));
          }
          if (vals.isEmpty() && v.isList()) problems.add(new Problem(file, v.line, v.column, "params." + e.getKey(), "the list of values is empty"));
          params.put(e.getKey(), vals);
        }
      }
    }
    double[] noise = {0.1, 0.1, 0.1};
    Node n = root.fields.get("noise");
    if (n != null) {
      if (!n.isMap()) {
        problems.add(new Problem(file, n.line, n.column, "noise", "noise is " + n.show() + "; expected a mapping with position, salience, capability"));
      } else {
        for (var e : n.fields.entrySet()) {
          int idx = List.of("position", "salience", "capability").indexOf(e.getKey());
          Node v = e.getValue();
          if (!NOISE.contains(e.getKey())) {
            int[] at = n.keyLocations.get(e.getKey());
            problems.add(new Problem(file, at[0], at[1], "noise." + e.getKey(), "unknown key (allowed: capability, position, salience)"));
          } else if (v.scalar instanceof Number num && num.doubleValue() >= 0 && num.doubleValue() <= 1) {
            noise[idx] = num.doubleValue();
          } else {
            problems.add(new Problem(file, v.line, v.column, "noise." + e.getKey(), "must be a number in [0, 1], got " + v.show()));
          }
        }
      }
    }
    if (!problems.isEmpty()) throw new InputException(problems);
    try {
      return new SweepSpec(kind, scenarios, models, options, samples, seed, params, new UncertaintyDefaults(noise[0], noise[1], noise[2]));
    } catch (IllegalArgumentException e) {
      throw InputException.of(file, root.line, root.column, "", e.getMessage());
    }
  }

  private static List<String> strings(String file, Node root, String key, boolean required, List<Problem> problems) {
    Node v = root.fields.get(key);
    List<String> out = new ArrayList<>();
    if (v == null) {
      if (required) problems.add(new Problem(file, root.line, root.column, key, "missing " + key + " (a list of names)"));
      return out;
    }
    if (v.kind == Node.Kind.SCALAR && v.scalar instanceof String s) {
      for (String t : s.split(",")) if (!t.isBlank()) out.add(t.strip());
    } else if (v.isList()) {
      for (Node it : v.items) {
        if (it.kind == Node.Kind.SCALAR && it.scalar instanceof String s && !s.isBlank()) out.add(s.strip());
        else problems.add(new Problem(file, it.line, it.column, key, "expected a name, got " + it.show()));
      }
    } else {
      problems.add(new Problem(file, v.line, v.column, key, key + " is " + v.show() + "; expected a list of names"));
    }
    if (required && out.isEmpty() && problems.stream().noneMatch(q -> q.field().equals(key)))
      problems.add(new Problem(file, v.line, v.column, key, key + " is empty; give at least one"));
    return out;
  }

  private static long number(String file, Node root, String key, long dflt, List<Problem> problems) {
    Node v = root.fields.get(key);
    if (v == null) return dflt;
    if (v.scalar instanceof Integer || v.scalar instanceof Long) return ((Number) v.scalar).longValue();
    problems.add(new Problem(file, v.line, v.column, key, key + " must be an integer, got " + v.show()));
    return dflt;
  }

  /** The spec as YAML that {@link #read} reads back to an equal spec. */
  public static String write(SweepSpec s) {
    StringBuilder b = new StringBuilder();
    b.append("kind: ").append(s.kind().id()).append('\n');
    b.append("scenarios: ").append(list(s.scenarios())).append('\n');
    b.append("models: ").append(list(s.models())).append('\n');
    b.append("options: ").append(s.options().isEmpty() ? "all" : list(s.options())).append('\n');
    b.append("samples: ").append(s.samples()).append('\n');
    b.append("seed: ").append(s.seed()).append('\n');
    if (!s.params().isEmpty()) {
      b.append("params:\n");
      for (var e : s.params().entrySet()) b.append("  ").append(quote(e.getKey())).append(": ").append(list(e.getValue())).append('\n');
    }
    b.append("noise: {position: ").append(s.noise().positionHalfWidth()).append(", salience: ").append(s.noise().salienceHalfWidth())
        .append(", capability: ").append(s.noise().capabilityRelative()).append("}\n");
    return b.toString();
  }

  private static String list(List<String> xs) {
    return "[" + String.join(", ", xs.stream().map(SweepSpecReader::quote).toList()) + "]";
  }

  private static String quote(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
