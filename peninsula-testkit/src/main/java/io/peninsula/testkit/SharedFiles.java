package io.peninsula.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * The one place tests find the shared anchor folder: {@code ../shared}, the sibling of the
 * repository root (the module directory's parent, as Surefire runs tests from the module
 * directory). A user's clone has no such folder, so anchor tests skip there.
 *
 * <p>When the system property {@value #PROPERTY} is {@code required} (as {@code .ci/run} sets it
 * whenever {@code ../shared} exists), a missing anchor fails the test instead of skipping it, so
 * an anchor test cannot silently stop running. The property {@value #LOCATION} overrides the
 * folder (for a checkout that lives elsewhere).
 */
public final class SharedFiles {
  /** {@code -Dpeninsula.anchors=required}: a missing anchor fails the test. */
  public static final String PROPERTY = "peninsula.anchors";
  /** {@code -Dpeninsula.shared=DIR}: where the shared folder is, instead of {@code ../shared}. */
  public static final String LOCATION = "peninsula.shared";

  private SharedFiles() {}

  /** The shared folder: {@code -Dpeninsula.shared} when set, else the repository root's sibling {@code shared}. */
  public static Path root() {
    String set = System.getProperty(LOCATION, "");
    if (!set.isBlank()) return Path.of(set).toAbsolutePath().normalize();
    return repositoryRoot().resolveSibling("shared").normalize();
  }

  /** The repository root: the first ancestor of the working directory that holds the parent {@code pom.xml} with a {@code .ci} or {@code .git}. */
  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && (Files.exists(p.resolve(".git")) || Files.isDirectory(p.resolve(".ci")))) {
        return p;
      }
    }
    // A module directory's parent is the root in this layout.
    return dir.getParent() == null ? dir : dir.getParent();
  }

  /** Whether missing anchors fail ({@code -Dpeninsula.anchors=required}) rather than skip. */
  public static boolean required() {
    return "required".equalsIgnoreCase(System.getProperty(PROPERTY, "").strip());
  }

  /** {@code ../shared/RELATIVE} (a file or a folder) when it exists. */
  public static Optional<Path> find(String relative) {
    Path p = root().resolve(relative).normalize();
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * {@code ../shared/RELATIVE} (a file or a folder); when it is absent the calling test is skipped
   * with a message naming the path, or fails when anchors are {@linkplain #required() required}.
   */
  public static Path require(String relative) {
    Optional<Path> p = find(relative);
    if (p.isPresent()) return p.get();
    String message = "../shared/" + relative + " is absent (looked in " + root() + ")";
    if (required()) {
      throw new AssertionFailedError(message + "; -D" + PROPERTY + "=required makes a missing anchor a failure");
    }
    Assumptions.abort("skipped: " + message + "; a clone without ../shared skips the anchor tests");
    throw new AssertionError("unreachable");
  }
}
