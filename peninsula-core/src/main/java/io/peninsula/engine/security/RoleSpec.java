package io.peninsula.engine.security;

import java.util.Objects;

/**
 * A role a security game reads from the scenario's {@code roles:} section: its name there (under
 * the game's entry), the command-line option that overrides it, how many ids it takes, whether
 * the ids are actors or issues, and what it means.
 */
public record RoleSpec(String name, String option, int arity, boolean issue, String meaning) {
  public RoleSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(meaning, "meaning");
    if (arity < 1) throw new IllegalArgumentException("arity must be >= 1");
  }

  public static RoleSpec actor(String name, String option, String meaning) {
    return new RoleSpec(name, option, 1, false, meaning);
  }
}
