package io.peninsula.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedFilesTest {
  private final String savedMode = System.getProperty(SharedFiles.PROPERTY);
  private final String savedLocation = System.getProperty(SharedFiles.LOCATION);

  @AfterEach
  void restore() {
    restore(SharedFiles.PROPERTY, savedMode);
    restore(SharedFiles.LOCATION, savedLocation);
  }

  private static void restore(String key, String value) {
    if (value == null) System.clearProperty(key);
    else System.setProperty(key, value);
  }

  @Test
  void require_presentFile_returnsItsPath(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("anchors/x"));
    Files.writeString(dir.resolve("anchors/x/a.csv"), "1");
    System.setProperty(SharedFiles.LOCATION, dir.toString());
    assertThat(SharedFiles.require("anchors/x/a.csv")).isEqualTo(dir.resolve("anchors/x/a.csv"));
    assertThat(SharedFiles.find("anchors/x")).contains(dir.resolve("anchors/x"));
  }

  @Test
  void require_missingFileByDefault_skipsTheTest(@TempDir Path dir) {
    System.setProperty(SharedFiles.LOCATION, dir.toString());
    System.clearProperty(SharedFiles.PROPERTY);
    assertThatThrownBy(() -> SharedFiles.require("anchors/none.csv"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("../shared/anchors/none.csv is absent");
  }

  @Test
  void require_missingFileWhenRequired_failsTheTest(@TempDir Path dir) {
    System.setProperty(SharedFiles.LOCATION, dir.toString());
    System.setProperty(SharedFiles.PROPERTY, "required");
    assertThatThrownBy(() -> SharedFiles.require("anchors/none.csv"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("../shared/anchors/none.csv is absent")
        .hasMessageContaining("-Dpeninsula.anchors=required");
  }

  @Test
  void root_withoutOverride_isTheRepositoryRootsSibling() {
    System.clearProperty(SharedFiles.LOCATION);
    Path root = SharedFiles.repositoryRoot();
    assertThat(root.resolve("pom.xml")).exists();
    assertThat(root.resolve("peninsula-testkit")).isDirectory();
    assertThat(SharedFiles.root()).isEqualTo(root.resolveSibling("shared").normalize());
  }
}
