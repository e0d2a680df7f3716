package org.laborcalc.severance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.laborcalc.parameters.PackReader;
import org.laborcalc.parameters.ParameterPack;

/**
 * The bundled pack of severance figures ({@code
 * org/laborcalc/severance/packs/cn-national-severance.json}), read once. Kept apart from the
 * work-injury packs' index, whose reader knows only work-injury keys. Thread-safe.
 */
final class SeverancePack {
  private SeverancePack() {}

  static final String RESOURCE = "/org/laborcalc/severance/packs/cn-national-severance.json";

  static ParameterPack pack() {
    return Holder.PACK;
  }

  private static final class Holder {
    static final ParameterPack PACK = load();

    private static ParameterPack load() {
      try (InputStream in = SeverancePack.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return PackReader.of(SeveranceKeys.REGISTRY).read(in, "cn-national-severance.json");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
