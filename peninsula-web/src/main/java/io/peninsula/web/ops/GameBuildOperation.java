package io.peninsula.web.ops;

import io.peninsula.app.ServiceResult;
import io.peninsula.app.games.GameBuildOutcome;
import io.peninsula.app.games.GameBuildRequest;
import io.peninsula.app.games.GameBuildService;
import io.peninsula.engine.security.AllianceGame;
import io.peninsula.engine.security.Derived;
import io.peninsula.engine.security.DeterrenceGame;
import io.peninsula.engine.security.RoleSpec;
import io.peninsula.engine.security.SecurityDilemmaGame;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.web.ApiException;
import io.peninsula.web.Request;
import io.peninsula.web.ScenarioCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/games/build}: a security game built and solved by the application's
 * {@link GameBuildService} (the same service as {@code peninsula game build}), shown as the
 * workbench draws it: the game with its cells or tree and equilibria, a one-line classification and
 * the derivation of its payoffs. The roles are named in the request (the UI offers the scenario's
 * actors) or else come from the scenario's {@code roles:} section; nothing about a theatre is
 * assumed here. The run is stored as the command line stores it (the service's request and result,
 * see {@link WorkbenchView}), so {@code runs rerun} re-runs it.
 */
public final class GameBuildOperation {
  public static final List<String> KINDS = List.of("security-dilemma", "alliance", "deterrence");
  private final ScenarioCatalog catalog;

  public GameBuildOperation(ScenarioCatalog catalog) {
    this.catalog = catalog;
  }

  public ServiceResult run(Request r) {
    r.allow(Set.of("scenario", "scenario_text", "input_format", "kind", "states", "patron", "client", "challenger", "defender", "variant",
        "issues", "tripwire_issue"));
    var resolved = catalog.resolve(r);
    String kind = r.requiredText("kind");
    if (!KINDS.contains(kind)) throw ApiException.badField("kind", "unknown kind \"" + kind + "\" (allowed: " + String.join(", ", KINDS) + ")");
    SecurityGame game = GameBuildService.game(kind);
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (RoleSpec role : game.roles()) {
      if (role.arity() == 1) r.optionalText(role.name()).ifPresent(v -> roles.put(role.name(), List.of(v)));
      else {
        List<String> ids = r.list(role.name(), List.of());
        if (ids.isEmpty()) continue;
        if (ids.size() != role.arity())
          throw ApiException.badField(role.name(), "name exactly " + role.arity() + " actors, e.g. [\"A\",\"B\"]");
        roles.put(role.name(), ids);
      }
    }
    Map<String, String> choices = new LinkedHashMap<>();
    for (var c : game.choices())
      r.optionalText(c.name()).ifPresent(v -> choices.put(c.name(), v.toLowerCase(Locale.ROOT)));
    GameBuildRequest request = new GameBuildRequest(resolved.ref(), kind, roles, Map.of(), choices, r.list("issues", List.of()), false, false,
        Optional.empty());
    GameBuildOutcome outcome;
    try {
      outcome = new GameBuildService(resolved.source()).run(request);
    } catch (io.peninsula.error.InvalidInputException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    if (outcome.built() instanceof SecurityDilemmaGame.Result res) {
      result.put("game", GameJson.strategic(res.game(), res.equilibria()));
      result.put("classification", res.classification());
    } else if (outcome.built() instanceof AllianceGame.Result res) {
      result.put("game", GameJson.strategic(res.game(), res.equilibriumRisks().stream().map(AllianceGame.Risks::equilibrium).toList()));
      result.put("classification", res.classification());
    } else if (outcome.built() instanceof DeterrenceGame.Result res) {
      result.put("game", GameJson.extensive(res.game(), List.of(res.spe())));
      result.put("classification", res.outcome() + (res.deterrenceHolds() ? " (deterrence holds)" : " (deterrence fails)"));
    } else {
      throw new IllegalStateException("no workbench view for " + kind);
    }
    result.put("derivation", derivation(outcome.built().derivation()));
    result.put("kind", kind);
    return new WorkbenchView(outcome, result);
  }

  private static List<Map<String, Object>> derivation(List<Derived> d) {
    return d.stream().map(x -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("symbol", x.symbol());
      m.put("value", x.value());
      m.put("formula", x.formula());
      m.put("sources", x.sources());
      return m;
    }).toList();
  }
}
