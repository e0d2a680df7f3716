package org.laborcalc.severance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.laborcalc.employment.ServiceLength;
import org.laborcalc.employment.ServiceSegment;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Share;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.SeveranceResult;
import org.laborcalc.severance.WageBasis;
import org.laborcalc.wage.AssessedEvidence;
import org.laborcalc.wage.MonthRow;

/**
 * Writes a {@link org.laborcalc.severance.SeveranceResult} as {@code laborcalc.severance-result/1}:
 * fixed field order, every field present ({@code null} or {@code []}), amounts as two-decimal
 * strings, so that one result always gives the same bytes. Thread-safe.
 */
public final class SeveranceResultJson {
  private SeveranceResultJson() {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static String write(SeveranceResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", SeveranceResult.FORMAT);
    root.set("case", caseNode(r.input()));
    root.set("service", service(r.service()));
    root.set("wage", r.wage() == null ? null : wage(r.wage()));
    ArrayNode lines = root.putArray("lines");
    r.lines().forEach(l -> lines.add(line(l)));
    root.put("total", r.total().toString());
    ObjectNode options = root.putObject("options");
    r.options().asMap().forEach(options::put);
    ArrayNode notices = root.putArray("notices");
    for (SeveranceResult.Notice n : r.notices()) {
      ObjectNode o = notices.addObject();
      o.put("code", n.code());
      o.put("messageZh", n.messageZh());
      o.put("messageEn", n.messageEn());
    }
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(pp).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode caseNode(SeveranceCase c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("region", c.region().code());
    o.put("regionName", c.region().fullName());
    o.put("start", c.employment().start().toString());
    o.put("terminationDate", c.terminationDate().toString());
    o.put("initiatedBy", c.employment().termination().initiatedBy().name());
    ObjectNode g = o.putObject("ground");
    g.put("code", c.ground().name());
    g.put("nameZh", c.ground().labelZh());
    g.put("nameEn", c.ground().labelEn());
    g.put("article", c.ground().article().toChinese());
    g.put("compensationDue", c.ground().compensationDue());
    o.put("unlawful", c.foundUnlawful());
    if (c.priorService() == null) {
      o.putNull("priorService");
    } else {
      ObjectNode p = o.putObject("priorService");
      p.put("start", c.priorService().start().toString());
      p.put("lastDay", c.priorService().lastDay().toString());
      p.put("compensationPaid", c.priorService().compensationPaid());
      p.put("combined", c.priorServiceCombined());
    }
    return o;
  }

  private static ObjectNode service(ServiceLength s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("start", s.start().toString());
    o.put("lastDay", s.lastDay().toString());
    o.put("monthEndPolicy", ServiceLength.MONTH_END_POLICY.name());
    o.set("whole", segment(s.whole()));
    ArrayNode a = o.putArray("segments");
    s.segments().forEach(seg -> a.add(segment(seg)));
    ArrayNode gaps = o.putArray("notCounted");
    s.notCounted().forEach(g -> gaps.add(g.toString()));
    return o;
  }

  private static ObjectNode segment(ServiceSegment s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("range", s.range().toString());
    o.put("era", s.era().name());
    o.put("years", s.years());
    o.put("months", s.monthsBeyondYears());
    o.put("days", s.days());
    o.put("statutoryMonths", s.statutoryMonths().stripTrailingZeros().toPlainString());
    return o;
  }

  private static ObjectNode wage(WageBasis w) {
    ObjectNode o = JSON.createObjectNode();
    var f = w.findings();
    o.put("window", f.firstMonth() + "/" + f.lastMonth());
    o.put("basis", f.basis().name());
    o.put("monthsAveraged", f.monthsAveraged());
    o.put("total", f.total().toString());
    ArrayNode overtime = o.putArray("overtimeExcluded");
    for (WageBasis.Overtime ot : w.overtimeExcluded()) {
      overtime
          .addObject()
          .put("month", ot.month().toString())
          .put("amount", ot.amount().toString());
    }
    o.put("averagedTotal", w.averagedTotal().toString());
    o.put("average", w.average().toString());
    o.put("minimumApplied", w.minimumApplied());
    o.put("base", w.base().toString());
    o.put("localAverage", w.localAverage().toString());
    o.put("capMultiple", w.capMultiple().stripTrailingZeros().toPlainString());
    o.put("cap", w.cap().toString());
    o.put("aboveCap", w.aboveCap());
    o.put("capYears", w.capYears().stripTrailingZeros().toPlainString());
    ArrayNode months = o.putArray("months");
    for (MonthRow row : f.months()) {
      ObjectNode m = months.addObject();
      m.put("month", row.month().toString());
      m.put("status", row.status().name());
      m.put("amount", row.amountUsed().map(Object::toString).orElse(null));
      ArrayNode ev = m.putArray("evidence");
      for (AssessedEvidence a : row.evidence()) {
        ObjectNode e = ev.addObject();
        e.put("evidence", a.labelZh());
        e.put("amount", a.amount().toString());
        e.put("outcome", a.outcome().name());
        e.put("reasonZh", a.reasonZh());
        e.put("reasonEn", a.reasonEn());
      }
    }
    o.set("parameters", parameters(w.parameters()));
    o.set("citations", citations(w.citations()));
    return o;
  }

  private static ObjectNode line(SeveranceLine l) {
    ObjectNode o = JSON.createObjectNode();
    o.put("code", l.code());
    o.put("nameZh", l.name().zh());
    o.put("nameEn", l.name().en());
    o.put("due", l.due());
    o.put("amount", l.amount().toString());
    o.put("formulaZh", l.formulaText(Language.ZH));
    o.put("formulaEn", l.formulaText(Language.EN));
    o.put("explanationZh", l.explanation().zh());
    o.put("explanationEn", l.explanation().en());
    ArrayNode payers = o.putArray("payers");
    for (Share s : l.shares()) {
      ObjectNode p = payers.addObject();
      p.put("party", s.party().code());
      p.put("share", s.fraction().stripTrailingZeros().toPlainString());
    }
    o.set("parameters", parameters(l.parameters()));
    o.set("citations", citations(l.citations()));
    return o;
  }

  private static ArrayNode parameters(List<ParameterUse> uses) {
    ArrayNode a = JSON.createArrayNode();
    for (ParameterUse u : uses) {
      ObjectNode p = a.addObject();
      p.put("key", u.key());
      p.put("value", u.value());
      p.put("region", u.regionCode());
      p.put("range", u.range());
      p.put("pack", u.pack());
      p.put("verification", u.verification() == null ? null : u.verification().name());
    }
    return a;
  }

  private static ArrayNode citations(List<Citation> cs) {
    ArrayNode a = JSON.createArrayNode();
    for (Citation c : cs) {
      ObjectNode o = a.addObject();
      o.put("instrument", c.instrument().id());
      o.put("textZh", c.toChinese());
      o.put("verification", c.instrument().verification().name());
    }
    return a;
  }
}
