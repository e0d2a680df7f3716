package org.laborcalc.probation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.laborcalc.law.Citation;
import org.laborcalc.probation.ProbationLine;
import org.laborcalc.probation.ProbationResult;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;

/** The result document {@code laborcalc.probation-damages-result/1} (docs/RESULT-JSON.md). */
public final class ProbationResultJson {
  /** The result document's format. */
  public static final String FORMAT = "laborcalc.probation-damages-result/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProbationResultJson() {}

  /** The document, indented, with a final newline. */
  public static String write(ProbationResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode opts = root.putObject("options");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      opts.put(e.getKey(), e.getValue());
    }
    ObjectNode allowed = root.putObject("lawfulProbation");
    allowed.put("months", r.allowedMonths());
    allowed.put("through", r.allowedThrough() == null ? null : r.allowedThrough().toString());
    cites(allowed.putArray("citations"), r.allowedBecause());
    params(allowed.putArray("parameters"), r.allowedParameters());
    ObjectNode excess = root.putObject("excess");
    excess.put("from", r.excessFrom() == null ? null : r.excessFrom().toString());
    excess.put("to", r.excessTo() == null ? null : r.excessTo().toString());
    ArrayNode lines = root.putArray("lines");
    for (ProbationLine l : r.lines()) {
      ObjectNode n = lines.addObject();
      n.put("item", l.code());
      n.put("months", l.label());
      n.put("from", l.from().toString());
      n.put("to", l.to().toString());
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
