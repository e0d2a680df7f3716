package org.laborcalc.noncompete.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.laborcalc.law.Citation;
import org.laborcalc.noncompete.NonCompeteLine;
import org.laborcalc.noncompete.NonCompeteResult;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;

/** The result document {@code laborcalc.non-compete-result/1} (docs/RESULT-JSON.md). Stateless. */
public final class NonCompeteResultJson {
  /** The result document's format. */
  public static final String FORMAT = "laborcalc.non-compete-result/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private NonCompeteResultJson() {}

  /** The document, indented, with a final newline. */
  public static String write(NonCompeteResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode opts = root.putObject("options");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      opts.put(e.getKey(), e.getValue());
    }
    if (r.average() == null) {
      root.putNull("averageMonthlyWage");
    } else {
      ObjectNode a = root.putObject("averageMonthlyWage");
      a.put("months", r.average().months());
      a.put("amount", r.average().amount().toString());
      a.put(
          "formula",
          org.laborcalc.result.FormulaRenderer.render(r.average().formula(), Language.ZH));
      a.put("citation", r.average().citation().toChinese());
    }
    ObjectNode period = root.putObject("period");
    period.put("from", r.periodFrom().toString());
    period.put("to", r.periodTo() == null ? null : r.periodTo().toString());
    period.put("endReason", r.periodEnd().name());
    ArrayNode lines = root.putArray("lines");
    for (NonCompeteLine l : r.lines()) {
      ObjectNode n = lines.addObject();
      n.put("item", l.code());
      n.put("termMonths", l.label());
      n.put("from", l.from() == null ? null : l.from().toString());
      n.put("to", l.to() == null ? null : l.to().toString());
      n.put("amount", l.amount().toString());
      n.put("payer", l.shares().get(0).party().code());
      n.put("formula", l.formulaText(Language.ZH));
      n.put("formulaEn", l.formulaText(Language.EN));
      cites(n.putArray("citations"), l.citations());
      ArrayNode params = n.putArray("parameters");
      for (ParameterUse p : l.parameters()) {
        ObjectNode pn = params.addObject();
        pn.put("key", p.key());
        pn.put("value", p.value());
        pn.put("pack", p.pack());
        pn.put("verification", p.verification() == null ? null : p.verification().name());
      }
    }
    root.put("employerTotal", r.employerTotal().toString());
    root.put("workerTotal", r.workerTotal().toString());
    ArrayNode notices = root.putArray("notices");
    for (NonCompeteResult.Notice x : r.notices()) {
      ObjectNode n = notices.addObject();
      n.put("code", x.code());
      n.put("message", x.zh());
      n.put("messageEn", x.en());
      cites(n.putArray("citations"), x.citations());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void cites(ArrayNode out, List<Citation> cs) {
    for (Citation c : cs) {
      out.add(c.toChinese());
    }
  }
}
