package org.laborcalc.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;

/**
 * Builds a caller's pack of local figures (average wages, minimum wages) as a case file would. Not
 * thread-safe; the packs and parameters it returns are immutable.
 */
public final class CallerFigures {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode entries;

  private CallerFigures() {
    root.put("pack", "case-figures");
    root.put("title", "figures supplied with the case");
    entries = root.putArray("entries");
  }

  public static CallerFigures create() {
    return new CallerFigures();
  }

  /** A money figure for calendar year {@code year}. */
  public CallerFigures year(String key, String region, int year, String amount) {
    return money(key, region, year + "-01-01", (year + 1) + "-01-01", amount);
  }

  public CallerFigures money(String key, String region, String from, String until, String amount) {
    ObjectNode e = entry(key, region, from, until);
    e.put("value", amount);
    return this;
  }

  public CallerFigures number(String key, String region, String from, String until, String value) {
    ObjectNode e = entry(key, region, from, until);
    e.put("value", new BigDecimal(value));
    return this;
  }

  private ObjectNode entry(String key, String region, String from, String until) {
    ObjectNode e = entries.addObject();
    e.put("key", key);
    e.put("region", region);
    e.put("from", from);
    if (until != null) {
      e.put("until", until);
    }
    e.put("verification", "USER_SUPPLIED");
    e.putArray("citations").addObject().put("document", "figure supplied with the test case");
    return e;
  }

  public ParameterPack pack() {
    return BundledPacks.reader().read(root, "test-case-figures");
  }

  public Parameters overBundled() {
    return BundledPacks.parameters().with(pack());
  }
}
