package org.laborcalc.arrears.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.arrears.WageArrearsResult;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;

/** The result document {@code laborcalc.wage-arrears-result/1} (docs/RESULT-JSON.md). Stateless. */
public final class WageArrearsResultJson {
  /** The result document's format. */
  public static final String FORMAT = "laborcalc.wage-arrears-result/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private WageArrearsResultJson() {}

  /** The document, indented, with a final newline. */
  public static String write(WageArrearsResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode opts = root.putObject("options");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      opts.put(e.getKey(), e.getValue());
    }
    root.put("employmentEnd", r.employmentEnd() == null ? null : r.employmentEnd().toString());
    ArrayNode lines = root.putArray("lines");
    for (WageArrearsLine l : r.lines()) {
      ObjectNode n = lines.addObject();
      n.put("item", l.code());
      n.put("month", l.month() == null ? null : l.month().toString());
      n.put("dueDate", l.dueDate() == null ? null : l.dueDate().toString());
      n.put("amount", l.amount().toString());
      n.put("payer", l.shares().isEmpty() ? null : "EMPLOYER");
      n.put("formula", l.formulaText(Language.ZH));
      n.put("formulaEn", l.formulaText(Language.EN));
      n.put("reason", l.reasonZh());
      n.put("reasonEn", l.reasonEn());
      ArrayNode cites = n.putArray("citations");
      for (Citation c : l.citations()) {
        cites.add(c.toChinese());
      }
      ArrayNode params = n.putArray("parameters");
      for (ParameterUse p : l.parameters()) {
        ObjectNode pn = params.addObject();
        pn.put("key", p.key());
        pn.put("value", p.value());
        pn.put("pack", p.pack());
        pn.put("verification", p.verification() == null ? null : p.verification().name());
      }
    }
    root.put("arrearsTotal", r.arrearsTotal().toString());
    root.put("total", r.total().toString());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
