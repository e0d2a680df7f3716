package org.laborcalc.severance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.laborcalc.parameters.PackReader;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;

/**
 * The bundled packs of severance figures ({@code
 * org/laborcalc/severance/packs/cn-national-severance.json}, and the regional rules of {@code
 * cn-shandong-severance.json}), read once. Kept apart from the work-injury packs' index, whose
 * reader knows only work-injury keys. Thread-safe.
 */
final class SeverancePack {
  private SeverancePack() {}

  static final String RESOURCE = "/org/laborcalc/severance/packs/cn-national-severance.json";

  /** Shandong's rules: 山东省劳动合同条例. */
  static final String SHANDONG = "/org/laborcalc/severance/packs/cn-shandong-severance.json";

  static ParameterPack pack() {
    return Holder.PACK;
  }

  static ParameterPack shandong() {
    return Holder.SHANDONG_PACK;
  }

  /** The packs alone as a parameter set, indexed once: it goes beneath a caller's parameters. */
  static Parameters parameters() {
    return Holder.PARAMETERS;
  }

  private static final class Holder {
    static final ParameterPack PACK = load(RESOURCE);
    static final ParameterPack SHANDONG_PACK = load(SHANDONG);
    static final Parameters PARAMETERS = Parameters.of(List.of(PACK, SHANDONG_PACK));

    private static ParameterPack load(String resource) {
      try (InputStream in = SeverancePack.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return PackReader.of(SeveranceKeys.REGISTRY)
            .read(in, resource.substring(resource.lastIndexOf('/') + 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
