package io.peninsula.app.games;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.security.ChoiceSpec;
import io.peninsula.engine.security.ParamSpec;
import io.peninsula.engine.security.RoleSpec;
import io.peninsula.engine.security.Robustness;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.engine.security.SecurityGames;
import io.peninsula.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code game build}: a security game of the {@link SecurityGames} registry built from a scenario's
 * values and solved, with the derivation of every payoff and, on request, the robustness sweeps.
 * The command line and the web workbench both call it.
 */
public final class GameBuildService {
  private final ScenarioSource scenarios;

  public GameBuildService() {
    this(new FileScenarioSource());
  }

  public GameBuildService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  /** The registered game called {@code kind}, or a bad request listing the kinds. */
  public static SecurityGame game(String kind) {
    return SecurityGames.byName(kind).orElseThrow(() -> new BadRequestException("unknown game kind \"" + kind + "\" (allowed: "
        + String.join(", ", SecurityGames.names()) + ")"));
  }

  public GameBuildOutcome run(GameBuildRequest request) {
    Stopwatch clock = new Stopwatch();
    SecurityGame game = game(request.kind());
    check(game, request);
    LoadedScenario loaded = scenarios.load(request.scenario());
    SecurityGame.Built built;
    List<Robustness.Sweep> sweeps = List.of();
    try {
      built = game.build(loaded.scenario(), request.inputs());
      if (request.robustness()) sweeps = Robustness.of(game, loaded.scenario(), request.inputs());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(game.name() + " on " + loaded.origin() + ": " + e.getMessage(), e);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("kind", game.name());
    options.put("roles", request.roles());
    options.put("parameters", request.parameters());
    options.put("choices", request.choices());
    options.put("issues", request.issues());
    options.put("robustness", request.robustness());
    return new GameBuildOutcome(clock.provenance("game build", loaded, options), request, loaded, built, sweeps);
  }

  /** Every role, parameter and choice named in the request belongs to {@code game}, with a value it allows. */
  private static void check(SecurityGame game, GameBuildRequest r) {
    for (String role : r.roles().keySet())
      if (game.roles().stream().noneMatch(x -> x.name().equals(role)))
        throw new BadRequestException(game.name() + " has no role \"" + role + "\" (its roles: "
            + String.join(", ", game.roles().stream().map(RoleSpec::name).toList()) + ")");
    for (var e : r.parameters().entrySet()) {
      ParamSpec p = game.parameters().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
          .orElseThrow(() -> new BadRequestException(game.name() + " has no parameter \"" + e.getKey() + "\" (its parameters: "
              + String.join(", ", game.parameters().stream().map(ParamSpec::name).toList()) + ")"));
      p.check(e.getValue());
    }
    for (var e : r.choices().entrySet()) {
      ChoiceSpec c = game.choices().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
          .orElseThrow(() -> new BadRequestException(game.name() + " has no choice \"" + e.getKey() + "\""));
      if (!c.values().contains(e.getValue()))
        throw new InvalidInputException(c.option(), e.getValue(), "unknown " + c.option() + " \"" + e.getValue() + "\" (allowed: "
            + String.join(", ", c.values()) + ")");
    }
    if (!r.issues().isEmpty() && !game.usesSecurityIssues())
      throw new BadRequestException("--issues does not apply to " + game.name());
  }
}
