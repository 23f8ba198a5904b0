package io.peninsula.model;

import java.util.Objects;

/** A labelled point on an issue's scale, e.g. 50 = "offshore balancer". */
public record ScaleAnchor(double value, String label) {
  public ScaleAnchor {
    Objects.requireNonNull(label, "label");
  }
}
