package org.laborcalc.doublewage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.laborcalc.doublewage.DoubleWageLine;
import org.laborcalc.doublewage.DoubleWageResult;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Language;
import org.laborcalc.result.LineValue;

/** The result document {@code laborcalc.double-wage-result/1} (docs/RESULT-JSON.md). Stateless. */
public final class DoubleWageResultJson {
  /** The result document's format. */
  public static final String FORMAT = "laborcalc.double-wage-result/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DoubleWageResultJson() {}

  /** The document, indented, with a final newline. */
  public static String write(DoubleWageResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("ground", r.ground().name());
    ObjectNode opts = root.putObject("options");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      opts.put(e.getKey(), e.getValue());
    }
    if (r.periodFrom() == null) {
      root.putNull("period");
    } else {
      ObjectNode p = root.putObject("period");
      p.put("from", r.periodFrom().toString());
      p.put("to", r.periodTo().toString());
      p.put("endReason", r.periodEndReason().name());
    }
    ArrayNode lines = root.putArray("lines");
    for (DoubleWageLine l : r.lines()) {
      ObjectNode n = lines.addObject();
      n.put("item", l.code());
      if (l.month() != null) {
        n.put("month", l.month().toString());
        n.put("from", l.from().toString());
        n.put("to", l.to().toString());
        if (l.workingDays() == null) {
          n.putNull("workingDays");
        } else {
          n.put("workingDays", l.workingDays());
        }
        n.put("dueDate", l.dueDate() == null ? null : l.dueDate().toString());
      }
      if (l.value() instanceof LineValue.OneTime one) {
        n.put("amount", one.amount().toString());
        n.put("payer", "EMPLOYER");
        n.put("formula", l.formulaText(Language.ZH));
        n.put("formulaEn", l.formulaText(Language.EN));
      } else if (l.value() instanceof LineValue.OnDate date) {
        n.put("date", date.date().toString());
      }
      ArrayNode cites = n.putArray("citations");
      for (Citation c : l.citations()) {
        cites.add(c.toChinese());
      }
      ArrayNode params = n.putArray("parameters");
      l.parameters()
          .forEach(
              p -> {
                ObjectNode pn = params.addObject();
                pn.put("key", p.key());
                pn.put("value", p.value());
                pn.put("pack", p.pack());
                pn.put("verification", p.verification() == null ? null : p.verification().name());
              });
    }
    ArrayNode xs = root.putArray("exclusions");
    for (DoubleWageResult.Exclusion x : r.exclusions()) {
      ObjectNode n = xs.addObject();
      n.put("kind", x.kind().name());
      n.put("from", x.from().toString());
      n.put("to", x.to().toString());
      n.put("basis", x.basis());
      n.put("citation", x.citation().toChinese());
    }
    root.put("total", r.total().toString());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
