package org.laborcalc.injury.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.parameters.PackReader;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;

/**
 * The parameter packs bundled with laborcalc (resources {@code org/laborcalc/packs/}, listed in
 * {@code index.json} in load order), read once. Thread-safe.
 */
public final class BundledPacks {
  private static final String DIR = "/org/laborcalc/packs/";

  private BundledPacks() {}

  /** A reader for packs of the built-in calculations' parameters (bundled or a caller's). */
  public static PackReader reader() {
    return ReaderHolder.READER;
  }

  /** The bundled packs in load order. */
  public static List<ParameterPack> packs() {
    return Holder.PACKS;
  }

  /** The bundled packs as a parameter set; layer a caller's packs on top with {@code with}. */
  public static Parameters parameters() {
    return Holder.PARAMETERS;
  }

  // Apart from the packs, so that reading a caller's pack never waits on (or fails with) the
  // bundled ones.
  private static final class ReaderHolder {
    // Every built-in calculation's keys: the bundled packs hold figures of each of them.
    static final PackReader READER = Calculations.builtIn().packReader();
  }

  private static final class Holder {
    static final List<ParameterPack> PACKS = load();
    static final Parameters PARAMETERS = Parameters.of(PACKS);

    private static List<ParameterPack> load() {
      List<ParameterPack> out = new ArrayList<>();
      try (InputStream index = BundledPacks.class.getResourceAsStream(DIR + "index.json")) {
        if (index == null) {
          throw new IllegalStateException("missing resource " + DIR + "index.json");
        }
        JsonNode files = new ObjectMapper().readTree(index).get("packs");
        for (JsonNode f : files) {
          String name = f.asText();
          try (InputStream in = BundledPacks.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + DIR + name);
            }
            out.add(ReaderHolder.READER.read(in, name));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.copyOf(out);
    }
  }
}
