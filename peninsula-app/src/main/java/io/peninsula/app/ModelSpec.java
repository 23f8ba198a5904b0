package io.peninsula.app;

import io.peninsula.error.InvalidInputException;
import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.ModelParameter;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The model part of a request: which bargaining model, its variant, its parameters as the user
 * wrote them, the seed, the iteration cap and the constraint on outcomes ({@code veto}: the
 * veto-player constraint of {@link VetoConstrainedModel}, applied where an issue declares a status
 * quo and a decision rule; {@code none}: the model alone). {@link #resolve} checks every parameter against what the
 * model declares and returns the model, its configuration and the typed parameter values.
 */
public record ModelSpec(String name, Optional<String> variant, Map<String, String> parameters, long seed, int maxIterations,
    String constraint) {
  public static final String DEFAULT_MODEL = "compromise";

  /** The constraints a request may name; the first is the default. */
  public static final java.util.List<String> CONSTRAINTS = java.util.List.of("veto", "none");

  public ModelSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(variant, "variant");
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    Objects.requireNonNull(constraint, "constraint");
  }

  /** The default model with its defaults. */
  public static ModelSpec defaults() {
    return of(DEFAULT_MODEL);
  }

  /** A model with its defaults: seed 0, the default iteration cap, the veto constraint. */
  public static ModelSpec of(String name) {
    return new ModelSpec(name, Optional.empty(), Map.of(), 0L, ModelConfig.DEFAULT_MAX_ITERATIONS, CONSTRAINTS.get(0));
  }

  /**
   * A model (wrapped by its constraint), the registered model it wraps (whose declarations
   * apply), its configuration and the typed values of the parameters given.
   */
  public record Resolved(BargainingModel model, BargainingModel base, ModelConfig config, Map<String, Object> typedParameters) {}

  /** The model and its checked configuration; an unknown model, parameter or bad value is a {@link BadRequestException}. */
  public Resolved resolve() {
    BargainingModel model = BargainingModels.byName(name).orElseThrow(() -> new BadRequestException(
        "unknown model \"" + name + "\" (available: " + String.join(", ", BargainingModels.names()) + ")"));
    if (maxIterations < 1) throw new BadRequestException("--max-iterations must be at least 1, got " + maxIterations);
    if (!CONSTRAINTS.contains(constraint))
      throw new BadRequestException("unknown --constraint \"" + constraint + "\" (allowed: " + String.join(", ", CONSTRAINTS) + ")");
    Map<String, String> raw = new LinkedHashMap<>(parameters);
    Optional<String> v = variant.or(() -> Optional.ofNullable(raw.remove("variant")));
    raw.remove("variant");
    Map<String, Object> typed = new LinkedHashMap<>();
    for (var e : raw.entrySet()) {
      ModelParameter p = model.parameters().stream().filter(d -> d.matches(e.getKey())).findFirst()
          .orElseThrow(() -> new BadRequestException("model " + model.name() + " has no parameter '" + e.getKey() + "' ("
              + validKeys(model) + "; see peninsula models)"));
      try {
        typed.put(e.getKey(), p.parse(e.getKey(), e.getValue()));
      } catch (InvalidInputException ex) {
        throw new BadRequestException("model " + model.name() + ": " + ex.getMessage() + " (" + p.meaning() + ")", ex);
      }
    }
    if (v.isPresent()) {
      if (model.variants().isEmpty())
        throw new BadRequestException("model " + model.name() + " has no variants; drop --variant " + v.get());
      String canon = v.get().trim().toLowerCase(java.util.Locale.ROOT);
      if (!model.variants().contains(canon))
        throw new BadRequestException("model " + model.name() + ": unknown variant \"" + v.get() + "\" (available: "
            + String.join(", ", model.variants()) + ")");
      raw.put("variant", v.get());
    }
    BargainingModel run = constraint.equals("veto") ? new VetoConstrainedModel(model) : model;
    return new Resolved(run, model, new ModelConfig(seed, maxIterations, ModelConfig.DEFAULT_TOLERANCE, raw), typed);
  }

  private static String validKeys(BargainingModel model) {
    if (model.parameters().isEmpty()) return "it takes no --param";
    return "valid keys: " + String.join(", ", model.parameters().stream().map(ModelParameter::name).toList());
  }

  /** The provenance view of the parameters: the typed values given, then the cap, tolerance and constraint. */
  public static Map<String, Object> provenanceParameters(Resolved r, String constraint) {
    Map<String, Object> m = new LinkedHashMap<>(new java.util.TreeMap<>(r.typedParameters()));
    m.put("max_iterations", r.config().maxIterations());
    m.put("tolerance", r.config().tolerance());
    m.put("constraint", constraint);
    return m;
  }
}
