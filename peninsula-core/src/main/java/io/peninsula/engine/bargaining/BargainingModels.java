package io.peninsula.engine.bargaining;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of bargaining models by CLI name. Add one line per new model. */
public final class BargainingModels {
  private static final Map<String, BargainingModel> MODELS = new LinkedHashMap<>();

  static {
    register(new CompromiseModel());
    register(new MedianVoterModel());
    register(new ExpectedUtilityModel());
    register(new NashBargainingModel());
    register(new io.peninsula.engine.bargaining.exchange.ExchangeModel());
    register(new SpatialModelOfPolitics());
  }

  private BargainingModels() {}

  private static void register(BargainingModel m) {
    MODELS.put(m.name(), m);
  }

  public static Optional<BargainingModel> byName(String name) {
    return Optional.ofNullable(MODELS.get(name));
  }

  public static List<String> names() {
    return List.copyOf(MODELS.keySet());
  }

  public static List<BargainingModel> all() {
    return List.copyOf(MODELS.values());
  }
}
