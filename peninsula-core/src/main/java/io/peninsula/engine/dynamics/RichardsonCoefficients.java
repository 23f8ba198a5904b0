package io.peninsula.engine.dynamics;

/**
 * One state's equation of the Richardson (1960) action–reaction model in discrete time,
 * {@code x[t] - x[t-1] = grievance + defence * y[t-1] - fatigue * x[t-1]}: {@code defence} is the
 * reaction to the rival's level (Richardson's k), {@code fatigue} the brake of one's own burden
 * (his alpha), {@code grievance} the constant drive (his g).
 */
public record RichardsonCoefficients(double grievance, double defence, double fatigue) {
  public RichardsonCoefficients {
    if (!Double.isFinite(grievance) || !Double.isFinite(defence) || !Double.isFinite(fatigue))
      throw new io.peninsula.error.InvalidInputException("Richardson coefficients must be finite: g=" + grievance + " k=" + defence + " a=" + fatigue);
  }

  /** The expected change given own level {@code own} and rival level {@code rival}. */
  public double change(double own, double rival) {
    return grievance + defence * rival - fatigue * own;
  }
}
