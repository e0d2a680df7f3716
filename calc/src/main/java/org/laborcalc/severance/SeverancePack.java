package org.laborcalc.severance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.laborcalc.parameters.PackReader;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;

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

  /** The pack alone as a parameter set, indexed once: it goes beneath a caller's parameters. */
  static Parameters parameters() {
    return Holder.PARAMETERS;
  }

  private static final class Holder {
    static final ParameterPack PACK = load();
    static final Parameters PARAMETERS = Parameters.of(List.of(PACK));

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
