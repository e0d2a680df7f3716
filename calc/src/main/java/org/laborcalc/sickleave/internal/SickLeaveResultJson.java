package org.laborcalc.sickleave.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sickleave.SickLeaveLine;
import org.laborcalc.sickleave.SickLeaveResult;

/** The result document {@code laborcalc.sick-leave-result/1} (docs/RESULT-JSON.md). Stateless. */
public final class SickLeaveResultJson {
  /** The result document's format. */
  public static final String FORMAT = "laborcalc.sick-leave-result/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SickLeaveResultJson() {}

  /** The document, indented, with a final newline. */
  public static String write(SickLeaveResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode opts = root.putObject("options");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      opts.put(e.getKey(), e.getValue());
    }
    ArrayNode cycles = root.putArray("medicalPeriods");
    for (SickLeaveResult.Cycle c : r.cycles()) {
      ObjectNode n = cycles.addObject();
      n.put("firstSickDay", c.firstSickDay().toString());
      n.put("actualService", c.actualService().toString());
      n.put("currentService", c.currentService().toString());
      n.put("tier", c.tier());
      n.put("months", c.months());
      n.put("windowMonths", c.windowMonths());
      n.put("windowEnd", c.windowEnd().toString());
      n.put("periodDays", c.periodDays());
      n.put("sickDays", c.sickDays());
      n.put("usedUpOn", c.usedUpOn() == null ? null : c.usedUpOn().toString());
      params(n.putArray("parameters"), c.parameters());
      cites(n.putArray("citations"), c.citations());
    }
    ArrayNode lines = root.putArray("lines");
    for (SickLeaveLine l : r.lines()) {
      ObjectNode n = lines.addObject();
      n.put("item", l.code());
      n.put("month", l.month().toString());
      n.put("amount", l.amount().toString());
      n.put("payer", "EMPLOYER");
      n.put("formula", l.formulaText(Language.ZH));
      n.put("formulaEn", l.formulaText(Language.EN));
      cites(n.putArray("citations"), l.citations());
      params(n.putArray("parameters"), l.parameters());
    }
    root.put("total", r.total().toString());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void params(ArrayNode out, List<ParameterUse> ps) {
    for (ParameterUse p : ps) {
      ObjectNode pn = out.addObject();
      pn.put("key", p.key());
      pn.put("value", p.value());
      pn.put("pack", p.pack());
      pn.put("verification", p.verification() == null ? null : p.verification().name());
    }
  }

  private static void cites(ArrayNode out, List<Citation> cs) {
    for (Citation c : cs) {
      out.add(c.toChinese());
    }
  }
}
