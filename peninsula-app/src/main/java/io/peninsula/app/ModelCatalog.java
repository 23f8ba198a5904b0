package io.peninsula.app;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelParameter;
import java.util.List;

/** {@code models}: every registered bargaining model with its parameters, variants and references. */
public final class ModelCatalog {
  private ModelCatalog() {}

  /** One model as front ends list it. */
  public record Entry(String name, String description, List<ModelParameter> parameters, List<String> variants, List<String> references) {
    public Entry {
      parameters = List.copyOf(parameters);
      variants = List.copyOf(variants);
      references = List.copyOf(references);
    }
  }

  public static List<Entry> all() {
    return BargainingModels.all().stream().map(ModelCatalog::entry).toList();
  }

  private static Entry entry(BargainingModel m) {
    return new Entry(m.name(), m.description(), m.parameters(), m.variants(), m.references());
  }
}
