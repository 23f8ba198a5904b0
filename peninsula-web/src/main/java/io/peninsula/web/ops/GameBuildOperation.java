package io.peninsula.web.ops;

import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.engine.security.AllianceGame;
import io.peninsula.engine.security.Derived;
import io.peninsula.engine.security.DeterrenceGame;
import io.peninsula.engine.security.SecurityDilemmaGame;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.Stopwatch;
import io.peninsula.web.ApiException;
import io.peninsula.web.Request;
import io.peninsula.web.ScenarioCatalog;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code POST /api/games/build}: a security game built from the scenario's values and solved, with
 * the derivation of its payoffs. The actors are named in the request (the UI offers the scenario's
 * actors); nothing about a theatre is assumed here. Temporary adapter over the core's game
 * builders until the application layer's game-build service lands.
 */
public final class GameBuildOperation {
  public static final List<String> KINDS = List.of("security-dilemma", "alliance", "deterrence");
  private final ScenarioCatalog catalog;

  public GameBuildOperation(ScenarioCatalog catalog) {
    this.catalog = catalog;
  }

  /** The request as stored with the run: the scenario reference and the body's game fields. */
  public record GameBuildRequest(String scenario, Map<String, Object> game) {}

  public ServiceResult run(Request r) {
    r.allow(Set.of("scenario", "scenario_text", "input_format", "kind", "states", "patron", "client", "challenger", "defender", "variant",
        "issues", "tripwire_issue"));
    Stopwatch clock = new Stopwatch();
    var resolved = catalog.resolve(r);
    var s = resolved.loaded();
    String kind = r.requiredText("kind");
    List<String> issues = r.list("issues", List.of());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("kind", kind);
    Map<String, Object> result = new LinkedHashMap<>();
    try {
      switch (kind) {
        case "security-dilemma" -> {
          List<String> states = r.list("states", List.of());
          if (states.size() != 2) throw ApiException.badField("states", "name exactly two actors, e.g. [\"A\",\"B\"]");
          params.put("states", states);
          var res = new SecurityDilemmaGame().build(s.scenario(), new SecurityDilemmaGame.Params(states.get(0), states.get(1), issues,
              OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty()));
          result.put("game", GameJson.strategic(res.game(), res.equilibria()));
          result.put("classification", res.classification());
          result.put("derivation", derivation(res.derivation()));
        }
        case "alliance" -> {
          String patron = r.requiredText("patron");
          String client = r.requiredText("client");
          params.put("patron", patron);
          params.put("client", client);
          var res = new AllianceGame().build(s.scenario(), new AllianceGame.Params(patron, client, issues, OptionalDouble.empty()));
          result.put("game", GameJson.strategic(res.game(), res.equilibriumRisks().stream().map(AllianceGame.Risks::equilibrium).toList()));
          result.put("classification", res.classification());
          result.put("derivation", derivation(res.derivation()));
        }
        case "deterrence" -> {
          String challenger = r.requiredText("challenger");
          String defender = r.requiredText("defender");
          String v = r.text("variant", "tripwire");
          DeterrenceGame.Variant variant = java.util.Arrays.stream(DeterrenceGame.Variant.values())
              .filter(x -> x.name().equalsIgnoreCase(v)).findFirst()
              .orElseThrow(() -> ApiException.badField("variant", "unknown variant \"" + v + "\" (allowed: tripwire, offshore)"));
          params.put("challenger", challenger);
          params.put("defender", defender);
          params.put("variant", variant.name().toLowerCase(java.util.Locale.ROOT));
          var res = new DeterrenceGame().build(s.scenario(), new DeterrenceGame.Params(challenger, defender, issues, variant,
              r.optionalText("tripwire_issue").or(() -> s.scenario().roles().assignment("deterrence", "tripwire_issue")
                  .filter(l -> l.size() == 1).map(l -> l.get(0))), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty()));
          result.put("game", GameJson.extensive(res.game(), List.of(res.spe())));
          result.put("classification", res.outcome() + (res.deterrenceHolds() ? " (deterrence holds)" : " (deterrence fails)"));
          result.put("derivation", derivation(res.derivation()));
        }
        default -> throw ApiException.badField("kind", "unknown kind \"" + kind + "\" (allowed: " + String.join(", ", KINDS) + ")");
      }
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(kind + ": " + e.getMessage());
    }
    result.put("kind", kind);
    return new WebResult(clock.provenance("game build", s, params), new GameBuildRequest(s.origin(), params), result,
        java.util.Optional.of(s));
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

  static boolean known(String method) {
    return EquilibriumSolvers.byMethod(method).isPresent();
  }
}
