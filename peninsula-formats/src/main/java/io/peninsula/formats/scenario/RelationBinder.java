package io.peninsula.formats.scenario;

import io.peninsula.model.Relation;
import io.peninsula.model.RelationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Binds the {@code relations} section and the relations added by options. */
final class RelationBinder {
  private static final Set<String> KEYS = Set.of("id", "type", "between", "since", "affinity", "source");
  private static final List<String> TYPES =
      Arrays.stream(RelationType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

  private final Reader r;
  private final Values values;
  private final Set<String> actorIds;

  RelationBinder(Reader r, Values values, Set<String> actorIds) {
    this.r = r;
    this.values = values;
    this.actorIds = actorIds;
  }

  List<Relation> relations(Node root) {
    List<Relation> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = r.list(root, "", "relations");
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index("relations", i);
      Optional<Relation> rel = relation(items.get(i), path);
      if (rel.isPresent() && !ids.add(rel.get().id())) {
        r.problem(items.get(i).fields.get("id"), path + ".id", "duplicate relation id \"" + rel.get().id() + "\"");
        continue;
      }
      rel.ifPresent(out::add);
    }
    return out;
  }

  Optional<Relation> relation(Node n, String path) {
    if (r.requireMap(n, path).isEmpty()) return Optional.empty();
    r.checkKeys(n, path, KEYS);
    Optional<String> id = values.id(n, path, "id", "relation id, e.g. us-rok-mdt");
    Optional<RelationType> type = r.string(n, path, "type", true, String.join(" | ", TYPES)).flatMap(t -> {
      int k = TYPES.indexOf(t.toLowerCase(Locale.ROOT));
      if (k >= 0) return Optional.of(RelationType.values()[k]);
      String hint = Reader.closest(t, TYPES).map(c -> "; did you mean \"" + c + "\"?").orElse("");
      r.problem(n.fields.get("type"), path + ".type", "unknown relation type \"" + t + "\" (allowed: " + String.join(", ", TYPES) + ")" + hint);
      return Optional.empty();
    });
    String[] pair = between(n, path);
    OptionalDouble since = r.numberIn(n, path, "since", false, 1800, 2100, "year the treaty took effect");
    OptionalDouble affinity = r.numberIn(n, path, "affinity", false, -1, 1, "-1 hostile .. 1 closest");
    var src = values.sourceRef(n, path, "source", true);
    if (id.isEmpty() || type.isEmpty() || pair == null || src.isEmpty()) return Optional.empty();
    return Optional.of(new Relation(id.get(), type.get(), pair[0], pair[1],
        since.isPresent() ? OptionalInt.of((int) since.getAsDouble()) : OptionalInt.empty(), affinity, src.get()));
  }

  private String[] between(Node n, String path) {
    Optional<Node> b = r.requireField(n, path, "between", "the two actor ids, e.g. [USA, ROK_CONS]");
    if (b.isEmpty()) return null;
    Node list = b.get();
    if (!list.isList() || list.items.size() != 2) {
      r.problem(list, path + ".between", "expected a list of two actor ids, got " + list.show());
      return null;
    }
    String[] out = new String[2];
    for (int k = 0; k < 2; k++) {
      Node v = list.items.get(k);
      String id = v.scalar instanceof String s ? s : null;
      if (id == null || !actorIds.contains(id)) {
        String hint = id == null ? "" : Reader.closest(id, actorIds).map(c -> "; did you mean \"" + c + "\"?").orElse("");
        r.problem(v, Reader.index(path + ".between", k), "unknown actor " + v.show() + " (declared: "
            + String.join(", ", Reader.sorted(actorIds)) + ")" + hint);
        return null;
      }
      out[k] = id;
    }
    if (out[0].equals(out[1])) {
      r.problem(list, path + ".between", "a relation needs two different actors, got " + out[0] + " twice");
      return null;
    }
    return out;
  }
}
