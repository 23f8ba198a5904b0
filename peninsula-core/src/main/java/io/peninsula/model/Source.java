package io.peninsula.model;

import java.util.Objects;
import java.util.Optional;

/** A cited document or data set that values in the scenario refer to by {@link #id()}. */
public record Source(String id, String citation, Optional<String> url, Optional<String> quote) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(quote, "quote");
  }

  public static Source of(String id, String citation) {
    return new Source(id, citation, Optional.empty(), Optional.empty());
  }
}
