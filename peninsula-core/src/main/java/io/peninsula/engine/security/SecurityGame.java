package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.StrategicGame;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A security game that can be built from a scenario: its name (as in {@code peninsula game build
 * NAME}), what it is, its source, the roles it reads from the scenario's {@code roles:} section,
 * its parameters and choices, and the build itself. Front ends take their choices, help text and
 * options from {@link SecurityGames#ALL}; adding a game is one class and one line there.
 */
public interface SecurityGame {
  String name();

  /** One line for help texts. */
  String title();

  /** The literature the form follows. */
  String citation();

  List<RoleSpec> roles();

  List<ParamSpec> parameters();

  default List<ChoiceSpec> choices() {
    return List.of();
  }

  /** Whether the game's stakes are computed over the security issues ({@code --issues} applies). */
  default boolean usesSecurityIssues() {
    return true;
  }

  /** Builds and solves the game; {@link IllegalArgumentException} names the faulty input. */
  Built build(Scenario s, GameInputs in);

  /** A built and solved security game, as every front end shows it. */
  interface Built {
    String title();

    /** The form in one line, with the unit. */
    String model();

    /** The verdict lines shown above the tables. */
    List<String> summary();

    /**
     * The headline conclusions, as short facts ("deterrence holds", "DPRK: Stag Hunt"), that
     * {@code --robustness} watches for a flip.
     */
    List<String> verdict();

    Optional<StrategicGame> strategic();

    Optional<ExtensiveGame> extensive();

    List<Payoff> payoffs();

    List<Derived> derivation();

    String solver();

    List<String> equilibriumLines();

    /** The machine-readable verdict (JSON {@code analysis}). */
    Map<String, Object> analysis();
  }

  /**
   * The ids of {@code role}: from the command line, else from the scenario's {@code roles:}
   * section, else an error naming the section and the option.
   */
  default List<String> role(Scenario s, GameInputs in, RoleSpec role) {
    List<String> ids = in.roles().get(role.name());
    if (ids == null) ids = s.roles().assignment(name(), role.name()).orElse(null);
    if (ids == null)
      throw new InvalidInputException("scenario " + s.metadata().id() + " assigns no " + role.name() + " for " + name()
          + ": add it to the scenario's roles: section (roles: " + name() + ": " + role.name() + ": "
          + (role.arity() == 1 ? "ID" : "[ID, ID]") + ", with a source) or give " + role.option() + " " + (role.arity() == 1 ? "ID" : "ID,ID"));
    if (ids.size() != role.arity())
      throw new InvalidInputException(role.option() + " / roles." + name() + "." + role.name() + " takes " + role.arity() + " id"
          + (role.arity() == 1 ? "" : "s") + ", got " + ids.size() + ": " + String.join(",", ids));
    return ids;
  }

  default String role1(Scenario s, GameInputs in, RoleSpec role) {
    return role(s, in, role).get(0);
  }
}
