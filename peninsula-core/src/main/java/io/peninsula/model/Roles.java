package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The roles a scenario assigns for its security games (the {@code roles:} section of a scenario
 * file): which issues are the security issues stakes and war costs are computed over, and, per
 * game, which actors play which role (challenger, defender, patron, …) and which issue a role
 * reads (the trip-wire issue, the disputed issue). Every assignment cites a source, so that the
 * theatre lives in the scenario file and not in code.
 *
 * @param securityIssues the issues behind stakes and war costs, in order (empty: none declared)
 * @param securityIssuesSource why these issues (empty when none declared)
 * @param games per game name (as in {@code peninsula game build NAME}), its role assignments
 */
public record Roles(List<String> securityIssues, Optional<SourceRef> securityIssuesSource, Map<String, GameRoles> games) {
  public static final Roles NONE = new Roles(List.of(), Optional.empty(), Map.of());

  public Roles {
    securityIssues = List.copyOf(securityIssues);
    Objects.requireNonNull(securityIssuesSource, "securityIssuesSource");
    games = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(games));
    if (!securityIssues.isEmpty() && securityIssuesSource.isEmpty())
      throw new InvalidInputException("roles: security_issues needs a source");
  }

  public boolean isEmpty() {
    return securityIssues.isEmpty() && games.isEmpty();
  }

  /** The ids assigned to {@code role} of {@code game}, if the scenario assigns it. */
  public Optional<List<String>> assignment(String game, String role) {
    return Optional.ofNullable(games.get(game)).flatMap(g -> Optional.ofNullable(g.assignments().get(role)));
  }

  /**
   * One game's role assignments: role name (as in the game's role list) to actor or issue ids,
   * with the source that justifies them.
   */
  public record GameRoles(Map<String, List<String>> assignments, SourceRef source) {
    public GameRoles {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      assignments.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "role"), List.copyOf(v)));
      assignments = java.util.Collections.unmodifiableMap(copy);
      Objects.requireNonNull(source, "source");
    }
  }
}
