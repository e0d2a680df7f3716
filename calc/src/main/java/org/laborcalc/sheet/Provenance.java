package org.laborcalc.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.laborcalc.sheet.Sheet.Field;

/**
 * What every sheet's header ends with, whatever its kind: the engine that computed it and the
 * digest of the input, so that a printed sheet can be matched to its data and its program. The
 * version comes from the build ({@code engine.properties}, filtered by Maven), so the same build
 * always writes the same header. Stateless and thread-safe.
 */
final class Provenance {

  static final Text HEADER_TITLE = Text.of("案件事实与计算依据", "Case facts and provenance");

  /** The engine's name and version, e.g. {@code laborcalc 0.1.0}. */
  static final String ENGINE = "laborcalc " + version();

  private Provenance() {}

  /** The sheet's own header followed by the engine and, when known, the input's digest. */
  static List<Field> header(Sheet sheet, SheetOptions options) {
    List<Field> fields = new ArrayList<>();
    if (options.reference() != null) {
      fields.addAll(options.reference().facts());
    }
    fields.addAll(sheet.header());
    fields.add(new Field(Text.of("计算引擎", "Engine"), Text.of(ENGINE)));
    if (options.inputDigest() != null) {
      fields.add(
          new Field(
              Text.of("输入文件摘要（SHA-256）", "Input digest (SHA-256)"),
              Text.of(options.inputDigest())));
    }
    return fields;
  }

  private static String version() {
    try (InputStream in = Provenance.class.getResourceAsStream("engine.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
