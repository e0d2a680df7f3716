package org.laborcalc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example case files in examples/cases and the schema in docs/schema. */
final class ExampleFiles {
  /** Tests run with the module's directory as the working directory. */
  static final Path CASES = Path.of("cases");

  static final Path SCHEMA = Path.of("..", "docs", "schema", "work-injury-case.schema.json");

  private ExampleFiles() {}

  static List<Path> cases() {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True once the bundled parameter packs are on the class path. */
  static boolean bundledPacksPresent() {
    return ExampleFiles.class.getResource("/org/laborcalc/packs/index.json") != null;
  }
}
