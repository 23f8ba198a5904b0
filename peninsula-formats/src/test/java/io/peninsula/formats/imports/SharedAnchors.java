package io.peninsula.formats.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared anchor files relative to the repository root (the module directory's parent):
 * {@code <root>/../shared}, or {@code <root>/../../shared} for a worktree one level deeper.
 */
final class SharedAnchors {
  private SharedAnchors() {}

  static Optional<Path> file(String relative) {
    Path root = Path.of("").toAbsolutePath().getParent();
    for (Path base : new Path[] {root.resolve("../shared"), root.resolve("../../shared")}) {
      Path p = base.resolve("anchors").resolve(relative).normalize();
      if (Files.isRegularFile(p)) return Optional.of(p);
    }
    return Optional.empty();
  }
}
