package io.peninsula.formats.scenario;

import io.peninsula.engine.security.RoleSpec;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.engine.security.SecurityGames;
import io.peninsula.model.Roles;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the {@code roles:} section: the security issues and, per security game (named as in
 * {@code peninsula game build NAME}), the actors and issues that play its roles, each game's entry
 * with a {@code source}. Game and role names come from {@link SecurityGames}, so a misspelt name is
 * a located error with a suggestion. See docs/scenario-format.md, section roles.
 */
final class RolesBinder {
  private final Reader r;
  private final Values values;
  private final Set<String> actorIds;
  private final Set<String> issueIds;

  RolesBinder(Reader r, Values values, Set<String> actorIds, Set<String> issueIds) {
    this.r = r;
    this.values = values;
    this.actorIds = actorIds;
    this.issueIds = issueIds;
  }

  Roles roles(Node root) {
    Optional<Node> section = r.field(root, "roles");
    if (section.isEmpty()) return Roles.NONE;
    Node n = section.get();
    if (r.requireMap(n, "roles").isEmpty()) return Roles.NONE;
    Set<String> keys = new LinkedHashSet<>(List.of("security_issues", "security_issues_source"));
    keys.addAll(SecurityGames.names());
    r.checkKeys(n, "roles", keys);
    List<String> issues = ids(n, "roles", "security_issues", -1, true);
    Optional<SourceRef> issuesSource = values.sourceRef(n, "roles", "security_issues_source", n.fields.containsKey("security_issues"));
    Map<String, Roles.GameRoles> games = new LinkedHashMap<>();
    for (SecurityGame g : SecurityGames.ALL) {
      Node gn = n.fields.get(g.name());
      if (gn == null) continue;
      String path = "roles." + g.name();
      if (r.requireMap(gn, path).isEmpty()) continue;
      Set<String> allowed = new LinkedHashSet<>();
      for (RoleSpec role : g.roles()) allowed.add(role.name());
      allowed.add("source");
      r.checkKeys(gn, path, allowed);
      Map<String, List<String>> assignments = new LinkedHashMap<>();
      for (RoleSpec role : g.roles()) {
        if (!gn.fields.containsKey(role.name())) continue;
        List<String> v = ids(gn, path, role.name(), role.arity(), role.issue());
        if (!v.isEmpty()) assignments.put(role.name(), v);
      }
      Optional<SourceRef> src = values.sourceRef(gn, path, "source", true);
      src.ifPresent(s -> games.put(g.name(), new Roles.GameRoles(assignments, s)));
    }
    if (issues.isEmpty() || issuesSource.isEmpty()) return new Roles(List.of(), Optional.empty(), games);
    return new Roles(issues, issuesSource, games);
  }

  /** One id or a list of ids, each a declared actor (or issue); arity -1: any number ≥ 1. Empty on error. */
  private List<String> ids(Node map, String path, String key, int arity, boolean issue) {
    Node v = map.fields.get(key);
    if (v == null) return List.of();
    String p = Reader.join(path, key);
    List<Node> items = v.isList() ? v.items : List.of(v);
    if (arity > 0 && items.size() != arity) {
      r.problem(v, p, "expected " + (arity == 1 ? "one " + (issue ? "issue" : "actor") + " id" : "a list of " + arity + " "
          + (issue ? "issue" : "actor") + " ids") + ", got " + v.show());
      return List.of();
    }
    if (items.isEmpty()) {
      r.problem(v, p, "expected at least one " + (issue ? "issue" : "actor") + " id");
      return List.of();
    }
    Set<String> known = issue ? issueIds : actorIds;
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (Node item : items) {
      String id = item.scalar instanceof String s ? s : null;
      if (id == null || !known.contains(id)) {
        String hint = id == null ? "" : Reader.closest(id, known).map(c -> "; did you mean \"" + c + "\"?").orElse("");
        r.problem(item, p, (id == null ? "expected an id, got " + item.show() : "unknown " + (issue ? "issue" : "actor") + " \"" + id + "\"")
            + " (declared: " + String.join(", ", Reader.sorted(known)) + ")" + hint);
        ok = false;
      } else out.add(id);
    }
    return ok ? out : List.of();
  }
}
