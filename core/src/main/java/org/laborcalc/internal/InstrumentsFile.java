package org.laborcalc.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Verification;

/**
 * Reads the bundled {@code instruments.json} for {@link org.laborcalc.law.Instruments}, so that the
 * law package itself carries no Jackson. Not exported.
 */
public final class InstrumentsFile {
  private InstrumentsFile() {}

  /** The instruments of the file, in its order. */
  public static List<Instrument> read(InputStream in) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    JsonNode root = mapper.readTree(in);
    List<Instrument> out = new ArrayList<>();
    for (JsonNode n : root.get("instruments")) {
      out.add(
          new Instrument(
              n.get("id").asText(),
              n.get("nameZh").asText(),
              n.get("nameEn").asText(),
              text(n, "documentNumber"),
              date(n, "promulgated"),
              date(n, "effective"),
              Verification.valueOf(n.get("verification").asText()),
              text(n, "source"),
              text(n, "edition")));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(JsonNode n, String field) {
    String t = text(n, field);
    return t == null ? null : LocalDate.parse(t);
  }
}
