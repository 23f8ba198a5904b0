package io.peninsula.app.dynamics;

import io.peninsula.engine.dynamics.ArmsFitResult;

/** A fitted Richardson dyad with its held-out scores, and the data set it was fitted to. */
public record ArmsFitOutcome(ArmsFitRequest request, ArmsFitResult result, ArmsData data) {}
