package org.laborcalc.wage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;

/**
 * A wage case written {@code {"injuryDate", "employmentStart", "evidence", "procedure", "options"}}
 * read the one way the evidence of pay is read from JSON: as the wage facts of a case file (the
 * dates are the case's {@code injury.date} and {@code employment.start}, the rest its {@code
 * case.wage}). Violations come back with the paths of the wage case ({@code evidence[1].kind}).
 */
final class WageCaseJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> PATHS =
      Map.of("injuryDate", "injury.date", "employmentStart", "employment.start");

  private WageCaseJson() {}

  /** The case file holding the wage case; its wage facts are {@code wage}, whatever it is. */
  static String caseFile(String wageCase) {
    ObjectNode c = JSON.createObjectNode();
    c.put("region", "370800");
    c.putObject("worker");
    ObjectNode employment = c.putObject("employment");
    ObjectNode injury = c.putObject("injury");
    c.putObject("insurance").put("status", "INSURED");
    JsonNode w = tree(wageCase);
    if (w.isObject()) {
      ObjectNode wage = c.putObject("wage");
      for (Map.Entry<String, JsonNode> f : w.properties()) {
        switch (f.getKey()) {
          case "injuryDate" -> injury.set("date", f.getValue());
          case "employmentStart" -> employment.set("start", f.getValue());
          default -> wage.set(f.getKey(), f.getValue());
        }
      }
    } else {
      c.set("wage", w);
    }
    ObjectNode file = JSON.createObjectNode();
    file.set("case", c);
    return file.toString();
  }

  /**
   * The wage case as read.
   *
   * @throws InvalidInputException every problem, located as in the wage case
   */
  static WageCase read(String wageCase) {
    try {
      return LaborCalcJson.readCaseFile(caseFile(wageCase)).workInjuryCase().wageCase();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.violations().stream().map(WageCaseJson::local).toList());
    }
  }

  private static Violation local(Violation v) {
    String path = v.path();
    for (Map.Entry<String, String> p : PATHS.entrySet()) {
      if (path.equals("case." + p.getValue())) {
        path = p.getKey();
      }
    }
    path = path.startsWith("case.wage.") ? path.substring("case.wage.".length()) : path;
    return Violation.of(path, v.code(), v.messageZh(), v.messageEn());
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }
}
