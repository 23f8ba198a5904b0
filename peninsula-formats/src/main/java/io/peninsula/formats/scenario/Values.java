package io.peninsula.formats.scenario;

import io.peninsula.model.ScaleAnchor;
import io.peninsula.model.SourceRef;
import io.peninsula.model.Uncertainty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Binds the value shapes shared by several sections: ids, references, sources, uncertainty, scales. */
final class Values {
  private static final Set<String> SOURCE_REF_KEYS = Set.of("ref", "quote", "note", "judgement", "proxy");
  private static final Set<String> SCALE_KEYS = Set.of("min", "max");
  private static final Set<String> ANCHOR_KEYS = Set.of("value", "label");
  private static final Set<String> UNCERTAINTY_KEYS = Set.of("range", "triangular", "normal");
  private static final Set<String> NORMAL_KEYS = Set.of("mean", "sd", "min", "max");

  private final Reader r;
  private final Set<String> sourceIds;

  Values(Reader r, Set<String> sourceIds) {
    this.r = r;
    this.sourceIds = sourceIds;
  }

  Optional<String> id(Node map, String path, String key, String what) {
    Optional<String> id = r.string(map, path, key, true, what);
    if (id.isPresent() && !ScenarioBinder.ID.matcher(id.get()).matches()) {
      r.problem(map.fields.get(key), Reader.join(path, key),
          "id \"" + id.get() + "\" must start with a letter and contain only letters, digits, '_' and '-'");
      return Optional.empty();
    }
    return id;
  }

  /** A field that must name one of {@code known}; reports the unknown name with the closest match. */
  Optional<String> reference(Node map, String path, String key, Collection<String> known, String what) {
    Optional<String> v = r.string(map, path, key, true, what + " id");
    if (v.isPresent() && !known.contains(v.get())) {
      String hint = Reader.closest(v.get(), known).map(c -> "; did you mean \"" + c + "\"?").orElse("");
      r.problem(map.fields.get(key), Reader.join(path, key), "unknown " + what + " \"" + v.get() + "\" (declared: "
          + String.join(", ", Reader.sorted(known)) + ")" + hint);
      return Optional.empty();
    }
    return v;
  }

  /** {@code source: ID} or {@code source: {ref, quote, note, judgement, proxy}}. */
  Optional<SourceRef> sourceRef(Node map, String path, String key, boolean required) {
    Optional<Node> n = required
        ? r.requireField(map, path, key, "where the value comes from: a source id or {ref: ID, quote: \"...\"}")
        : r.field(map, key);
    if (n.isEmpty()) return Optional.empty();
    String p = Reader.join(path, key);
    Node v = n.get();
    if (v.kind == Node.Kind.SCALAR && v.scalar instanceof String s) return checkRef(v, p, s).map(SourceRef::of);
    if (!v.isMap()) {
      r.problem(v, p, "expected a source id or a mapping {ref: ID, quote: ..., note: ..., judgement: true}, got " + v.show());
      return Optional.empty();
    }
    r.checkKeys(v, p, SOURCE_REF_KEYS);
    Optional<String> ref = r.string(v, p, "ref", true, "id of a declared source").flatMap(s -> checkRef(v.fields.get("ref"), p + ".ref", s));
    Optional<String> quote = r.string(v, p, "quote", false, "the sentence the value rests on");
    Optional<String> note = r.string(v, p, "note", false, "how the value was derived");
    boolean judgement = r.bool(v, p, "judgement").orElse(false);
    boolean proxy = r.bool(v, p, "proxy").orElse(false);
    return ref.map(id -> new SourceRef(id, quote, note, judgement, proxy));
  }

  private Optional<String> checkRef(Node at, String path, String id) {
    if (sourceIds.contains(id)) return Optional.of(id);
    String hint = Reader.closest(id, sourceIds).map(c -> "; did you mean \"" + c + "\"?").orElse("; declare it under sources:");
    r.problem(at, path, "unknown source \"" + id + "\" (declared: " + String.join(", ", Reader.sorted(sourceIds)) + ")" + hint);
    return Optional.empty();
  }

  /** An optional distribution whose support must lie within [lo, hi] and contain the value. */
  Optional<Uncertainty> uncertainty(Node map, String path, String key, double lo, double hi, OptionalDouble value) {
    Optional<Node> n = r.field(map, key);
    if (n.isEmpty()) return Optional.empty();
    String p = Reader.join(path, key);
    Node v = n.get();
    if (r.requireMap(v, p).isEmpty()) return Optional.empty();
    r.checkKeys(v, p, UNCERTAINTY_KEYS);
    if (v.fields.size() != 1) {
      r.problem(v, p, "give exactly one of range: [lo, hi], triangular: [lo, mode, hi], normal: {mean, sd, min, max}");
      return Optional.empty();
    }
    Optional<Uncertainty> u = Optional.empty();
    if (v.fields.containsKey("range")) {
      double[] a = numbers(v.fields.get("range"), p + ".range", 2);
      if (a != null && a[0] <= a[1]) u = Optional.of(new Uncertainty.Range(a[0], a[1]));
      else if (a != null) r.problem(v.fields.get("range"), p + ".range", "lower bound " + a[0] + " is above upper bound " + a[1]);
    } else if (v.fields.containsKey("triangular")) {
      double[] a = numbers(v.fields.get("triangular"), p + ".triangular", 3);
      if (a != null && a[0] <= a[1] && a[1] <= a[2]) u = Optional.of(new Uncertainty.Triangular(a[0], a[1], a[2]));
      else if (a != null) r.problem(v.fields.get("triangular"), p + ".triangular", "needs lo <= mode <= hi, got " + a[0] + ", " + a[1] + ", " + a[2]);
    } else if (v.fields.containsKey("normal")) {
      Node nm = v.fields.get("normal");
      if (r.requireMap(nm, p + ".normal").isPresent()) {
        r.checkKeys(nm, p + ".normal", NORMAL_KEYS);
        OptionalDouble mean = r.number(nm, p + ".normal", "mean", true, "mean");
        OptionalDouble sd = r.numberIn(nm, p + ".normal", "sd", true, 1e-12, Double.MAX_VALUE, "standard deviation > 0");
        OptionalDouble min = r.number(nm, p + ".normal", "min", true, "lower truncation bound");
        OptionalDouble max = r.number(nm, p + ".normal", "max", true, "upper truncation bound");
        if (mean.isPresent() && sd.isPresent() && min.isPresent() && max.isPresent()) {
          if (min.getAsDouble() < max.getAsDouble())
            u = Optional.of(new Uncertainty.TruncatedNormal(mean.getAsDouble(), sd.getAsDouble(), min.getAsDouble(), max.getAsDouble()));
          else r.problem(nm, p + ".normal", "min " + min.getAsDouble() + " must be below max " + max.getAsDouble());
        }
      }
    }
    if (u.isPresent()) {
      Uncertainty x = u.get();
      if (x.lower() < lo || x.upper() > hi) {
        r.problem(v, p, "support [" + Reader.fmt(x.lower()) + ", " + Reader.fmt(x.upper()) + "] leaves the allowed range ["
            + Reader.fmt(lo) + ", " + Reader.fmt(hi) + "]");
        return Optional.empty();
      }
      if (value.isPresent() && (value.getAsDouble() < x.lower() || value.getAsDouble() > x.upper())) {
        r.problem(v, p, "support [" + Reader.fmt(x.lower()) + ", " + Reader.fmt(x.upper()) + "] does not contain the value "
            + Reader.fmt(value.getAsDouble()) + " it describes");
        return Optional.empty();
      }
    }
    return u;
  }

  private double[] numbers(Node list, String path, int count) {
    if (!list.isList() || list.items.size() != count) {
      r.problem(list, path, "expected a list of " + count + " numbers, got " + list.show()
          + (list.isList() ? " of " + list.items.size() : ""));
      return null;
    }
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      OptionalDouble d = r.number(list.items.get(i), Reader.index(path, i), "bound");
      if (d.isEmpty()) return null;
      out[i] = d.getAsDouble();
    }
    return out;
  }

  /** {@code scale: {min, max}}; returns null after reporting when invalid. */
  double[] scale(Node issue, String path) {
    Optional<Node> n = r.requireField(issue, path, "scale", "{min: 0, max: 100}");
    if (n.isEmpty() || r.requireMap(n.get(), path + ".scale").isEmpty()) return null;
    r.checkKeys(n.get(), path + ".scale", SCALE_KEYS);
    OptionalDouble min = r.number(n.get(), path + ".scale", "min", true, "lowest value of the scale");
    OptionalDouble max = r.number(n.get(), path + ".scale", "max", true, "highest value of the scale");
    if (min.isEmpty() || max.isEmpty()) return null;
    if (!(min.getAsDouble() < max.getAsDouble())) {
      r.problem(n.get(), path + ".scale", "min " + Reader.fmt(min.getAsDouble()) + " must be below max " + Reader.fmt(max.getAsDouble()));
      return null;
    }
    return new double[] {min.getAsDouble(), max.getAsDouble()};
  }

  List<ScaleAnchor> anchors(Node issue, String path, double[] scale) {
    List<ScaleAnchor> out = new ArrayList<>();
    List<Node> items = r.list(issue, path, "anchors");
    for (int i = 0; i < items.size(); i++) {
      String p = Reader.index(path + ".anchors", i);
      Node n = items.get(i);
      if (r.requireMap(n, p).isEmpty()) continue;
      r.checkKeys(n, p, ANCHOR_KEYS);
      OptionalDouble value = scale == null ? r.number(n, p, "value", true, "point on the scale")
          : r.numberIn(n, p, "value", true, scale[0], scale[1], "the issue's scale");
      Optional<String> label = r.string(n, p, "label", true, "what this point means");
      if (value.isPresent() && out.stream().anyMatch(a -> a.value() == value.getAsDouble())) {
        r.problem(n.fields.get("value"), p + ".value", "two anchors at " + Reader.fmt(value.getAsDouble()) + "; keep one");
        continue;
      }
      if (value.isPresent() && label.isPresent()) out.add(new ScaleAnchor(value.getAsDouble(), label.get()));
    }
    return out;
  }
}
