package io.peninsula.engine.analysis;

/**
 * The laws {@link UncertaintySampler} uses for inputs that declare no {@link io.peninsula.model.Uncertainty}:
 * <ul>
 *   <li>position: uniform on [x − h·range, x + h·range] intersected with the scale, where h =
 *       {@code positionHalfWidth} (a fraction of the scale's range; 0.10 = ±10 points on a 0–100 scale);
 *   <li>salience: uniform on [s − {@code salienceHalfWidth}, s + {@code salienceHalfWidth}] ∩ [0, 1];
 *   <li>capability: uniform on [c·(1 − r), c·(1 + r)], r = {@code capabilityRelative} (0.10 = ±10 %).
 * </ul>
 * The interval is clamped before drawing, so the law is uniform on the clamped interval (no
 * probability mass piles up on the scale ends). A zero width makes the input fixed.
 */
public record UncertaintyDefaults(double positionHalfWidth, double salienceHalfWidth, double capabilityRelative) {
  public UncertaintyDefaults {
    if (!(positionHalfWidth >= 0 && positionHalfWidth <= 1))
      throw new io.peninsula.error.InvalidInputException("positionHalfWidth must be in [0, 1] (a fraction of the scale), got " + positionHalfWidth);
    if (!(salienceHalfWidth >= 0 && salienceHalfWidth <= 1))
      throw new io.peninsula.error.InvalidInputException("salienceHalfWidth must be in [0, 1], got " + salienceHalfWidth);
    if (!(capabilityRelative >= 0 && capabilityRelative <= 1))
      throw new io.peninsula.error.InvalidInputException("capabilityRelative must be in [0, 1], got " + capabilityRelative);
  }

  /** ±10 % of the scale for positions, ±0.1 for saliences, ±10 % for capabilities. */
  public static UncertaintyDefaults standard() {
    return new UncertaintyDefaults(0.10, 0.10, 0.10);
  }

  /** No default noise: inputs without a declared uncertainty stay fixed. */
  public static UncertaintyDefaults none() {
    return new UncertaintyDefaults(0, 0, 0);
  }
}
