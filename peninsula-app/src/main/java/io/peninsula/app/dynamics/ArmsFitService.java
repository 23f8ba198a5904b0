package io.peninsula.app.dynamics;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Provenance;
import io.peninsula.app.Stopwatch;
import io.peninsula.engine.dynamics.AnnualSeries;
import io.peninsula.engine.dynamics.ArmsDynamics;
import io.peninsula.engine.dynamics.ArmsFit;
import io.peninsula.engine.dynamics.ArmsFitConfig;
import io.peninsula.engine.dynamics.ArmsFitResult;
import io.peninsula.error.InvalidInputException;
import io.peninsula.formats.data.MilexData;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code arms fit} and the arms dyad of {@code simulate}: Richardson action-reaction models fitted
 * to the bundled military expenditure data. The front ends parse their options into a request and
 * render the outcome; the windows, the data and the fit are chosen here.
 */
public final class ArmsFitService {
  /** Fits the request's dyad and scores it on the held-out years. */
  public ArmsFitOutcome run(ArmsFitRequest r) {
    Stopwatch clock = new Stopwatch();
    if (r.bootstrap() < 1) throw new BadRequestException("--bootstrap must be at least 1, got " + r.bootstrap());
    MilexData data = ArmsData.load(r.data());
    String a = r.firstState();
    String b = r.secondState();
    ArmsFitConfig config = config(data, a, b, r);
    AnnualSeries[] s = {data.series(a, config.from(), config.to()), data.series(b, config.from(), config.to())};
    ArmsFitResult fit;
    try {
      fit = ArmsFit.fit(s[0], s[1], config);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("cannot fit " + a + "-" + b + ": " + e.getMessage(), e);
    }
    ArmsData used = ArmsData.of(data);
    Provenance provenance = clock.provenance("arms fit", List.of(used.stamp()), ArmsFitOutcome.options(fit, used.name()), r.seed());
    return new ArmsFitOutcome(provenance, r, fit, used);
  }

  /** Resolves the fit window and holdout; the defaults are the dyad's longest common run and its last 5 years. */
  private static ArmsFitConfig config(MilexData data, String a, String b, ArmsFitRequest r) {
    int[] common = data.commonWindow(a, b);
    if (common.length == 0) {
      for (String st : new String[] {a, b}) if (data.years(st).isEmpty()) data.series(st, 0, 0); // throws the explanatory message
      throw new BadRequestException(data.source().name().toLowerCase(Locale.ROOT) + " has no year with values for both " + a + " and " + b);
    }
    int f = r.from().orElse(common[0]);
    int t = r.to().orElse(common[1]);
    String holdout = r.holdout();
    Optional<Integer> h;
    if (holdout.equals("none")) h = Optional.empty();
    else if (holdout.equals("auto")) h = Optional.of(t - 4);
    else {
      String[] p = holdout.split("-", -1);
      int h1;
      int h2;
      try {
        h1 = Integer.parseInt(p[0].trim());
        h2 = p.length == 2 ? Integer.parseInt(p[1].trim()) : Integer.MIN_VALUE;
      } catch (NumberFormatException e) {
        throw new BadRequestException("--holdout must be Y1-Y2 (e.g. 2014-2018), auto or none; got \"" + holdout + "\"");
      }
      if (p.length != 2 || h1 > h2) throw new BadRequestException("--holdout must be Y1-Y2 with Y1 <= Y2 (e.g. 2014-2018); got \"" + holdout + "\"");
      if (r.to().isPresent() && r.to().get() != h2)
        throw new BadRequestException("--holdout " + holdout + " must end at --to " + r.to().get()
            + " (the held-out years are the last of the window)");
      t = h2;
      h = Optional.of(h1);
    }
    return new ArmsFitConfig(f, t, h, r.bootstrap(), ArmsFitConfig.DEFAULT_LEVEL, r.seed());
  }

  /**
   * The arms dyad of a simulation: two scenario actors, each mapped to a state of the data set,
   * fitted over the states' longest common run of years.
   */
  public record DyadRequest(String firstActor, String firstState, String secondActor, String secondState, String data) {}

  /** The dyad as fitted for a simulation: actors, states, data, window and the fitted dynamics. */
  public record Dyad(String firstActor, String firstState, String secondActor, String secondState, ArmsData data, int from, int to,
      ArmsDynamics dynamics) {}

  /** Fits a simulation's dyad; the actors must be the scenario's. */
  public Dyad dyad(DyadRequest r, Scenario s) {
    for (String actor : new String[] {r.firstActor(), r.secondActor()})
      if (s.actor(actor).isEmpty())
        throw new BadRequestException("--arms names actor \"" + actor + "\", which the scenario does not have (actors: "
            + String.join(", ", s.actors().stream().map(x -> x.id()).toList()) + ")");
    MilexData data = ArmsData.load(r.data());
    String a = r.firstState();
    String b = r.secondState();
    int[] w = data.commonWindow(a, b);
    if (w.length == 0) {
      data.series(a, 0, 0); // throws the explanatory message
      data.series(b, 0, 0);
      throw new BadRequestException("no common years for " + a + " and " + b);
    }
    AnnualSeries sa = data.series(a, w[0], w[1]);
    AnnualSeries sb = data.series(b, w[0], w[1]);
    try {
      return new Dyad(r.firstActor(), a, r.secondActor(), b, ArmsData.of(data), w[0], w[1],
          ArmsDynamics.fit(r.firstActor(), r.secondActor(), sa, sb));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--arms: cannot fit " + a + "-" + b + ": " + e.getMessage(), e);
    }
  }
}
