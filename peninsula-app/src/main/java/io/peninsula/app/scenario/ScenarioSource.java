package io.peninsula.app.scenario;

/**
 * Turns a {@link ScenarioRef} into a loaded scenario. {@link FileScenarioSource} reads bundled
 * scenarios and files; {@code runs rerun} uses {@link #fixed} to hand back the text a run stored.
 */
@FunctionalInterface
public interface ScenarioSource {
  LoadedScenario load(ScenarioRef ref);

  /** A source that answers every reference with the given scenario (a stored run's text). */
  static ScenarioSource fixed(LoadedScenario scenario) {
    return ref -> scenario;
  }
}
