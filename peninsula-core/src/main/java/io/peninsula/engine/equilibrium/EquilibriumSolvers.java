package io.peninsula.engine.equilibrium;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of equilibrium methods by CLI name ({@code --method}). One line per method. */
public final class EquilibriumSolvers {
  private static final Map<String, EquilibriumSolver> SOLVERS = new LinkedHashMap<>();

  static {
    register(new PureStrategyEnumeration());
    register(new VertexEnumeration());
    register(new BackwardInduction());
    register(new LinearComplementarity());
  }

  private EquilibriumSolvers() {}

  private static void register(EquilibriumSolver s) {
    SOLVERS.put(s.method(), s);
  }

  public static Optional<EquilibriumSolver> byMethod(String method) {
    return Optional.ofNullable(SOLVERS.get(method));
  }

  public static List<String> methods() {
    return List.copyOf(SOLVERS.keySet());
  }
}
