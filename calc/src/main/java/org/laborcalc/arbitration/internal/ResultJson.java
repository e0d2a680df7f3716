package org.laborcalc.arbitration.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.arbitration.ArbitrationCase;
import org.laborcalc.arbitration.ArbitrationResult;
import org.laborcalc.arbitration.ClaimLine;
import org.laborcalc.arbitration.ClaimResult;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.FinalityThreshold;
import org.laborcalc.finality.ItemFinality;
import org.laborcalc.law.Citation;
import org.laborcalc.limitation.LimitationResult;
import org.laborcalc.money.Money;
import org.laborcalc.result.FormulaRenderer;
import org.laborcalc.result.Language;
import org.laborcalc.result.Note;
import org.laborcalc.result.Party;

/**
 * The result document {@code laborcalc.arbitration-result/1} (docs/RESULT-JSON.md): fixed field
 * order, every field present ({@code null} or {@code []} when empty), amounts as two-decimal
 * strings; each claim's own result document nested unchanged under {@code result}. Stateless.
 */
public final class ResultJson {
  private ResultJson() {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The document, indented, with a final newline. */
  public static String write(ArbitrationResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", ArbitrationResult.FORMAT);
    root.set("case", caseNode(r.input()));
    ObjectNode findings = root.putObject("findings");
    findings.put("serviceFrom", r.findings().serviceFrom());
    findings.set("service", r.findings().service());
    findings.set("wage", r.findings().wage());
    ArrayNode claims = root.putArray("claims");
    for (ClaimResult c : r.claims()) {
      claims.add(claim(c));
    }
    ObjectNode fin = root.putObject("finality");
    Optional<FinalityThreshold> t = r.finality().threshold();
    if (t.isEmpty()) {
      fin.putNull("threshold");
    } else {
      ObjectNode tn = fin.putObject("threshold");
      FinalityThreshold th = t.get();
      tn.put("minimumMonthlyWage", th.minimumMonthlyWage().toString());
      tn.put("date", th.date().toString());
      tn.put("dateRule", th.dateRule().name());
      tn.put("formula", FormulaRenderer.render(th.formula(), Language.ZH));
      tn.put("amount", th.amount().toString());
      ObjectNode pn = tn.putObject("parameter");
      pn.put("key", th.parameter().key());
      pn.put("value", th.parameter().value());
      pn.put("pack", th.parameter().pack());
      pn.put(
          "verification",
          th.parameter().verification() == null ? null : th.parameter().verification().name());
    }
    putSplit(fin, r.finality().awardSplitRequired());
    citations(fin.putArray("citations"), r.finality().citations());
    ObjectNode totals = root.putObject("totals");
    totals.put("total", r.totals().total().toString());
    totals.put("totalIfLimitationRaised", r.totals().totalIfLimitationRaised().toString());
    ArrayNode byParty = totals.putArray("byParty");
    for (Map.Entry<Party, Money> e : r.totals().byParty().entrySet()) {
      ObjectNode p = byParty.addObject();
      p.put("party", e.getKey().code());
      p.put("nameZh", e.getKey().nameZh());
      p.put("amount", e.getValue().toString());
    }
    totals.put("final", r.totals().finalTotal().toString());
    totals.put("nonFinal", r.totals().nonFinalTotal().toString());
    totals.put("undetermined", r.totals().undeterminedTotal().toString());
    putSplit(totals, r.totals().awardSplitRequired());
    notes(root.putArray("notModelled"), r.notModelled());
    ObjectNode opts = root.putObject("options");
    r.options().asMap().forEach(opts::put);
    notes(root.putArray("warnings"), r.warnings());
    violations(root.putArray("missing"), r.missing());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode caseNode(ArbitrationCase c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("region", c.region().code());
    o.put("regionName", c.region().fullName());
    o.put("applicationDate", c.applicationDate().toString());
    o.put("awardDate", date(c.awardDate()));
    ArrayNode parties = o.putArray("parties");
    for (ArbitrationCase.CaseParty p : c.parties()) {
      ObjectNode n = parties.addObject();
      n.put("id", p.id());
      n.put("role", p.role().name());
      n.put("name", p.name());
    }
    ObjectNode emp = o.putObject("employment");
    emp.put("start", date(c.employmentStart()));
    emp.put("end", date(c.employmentEnd()));
    o.put("terminationDate", date(c.terminationDate()));
    ArrayNode events = o.putArray("limitationEvents");
    for (ArbitrationCase.LimitationEvent e : c.events()) {
      ObjectNode n = events.addObject();
      n.put("interruption", e.interruption() == null ? null : e.interruption().name());
      n.put("suspension", e.cause() == null ? null : e.cause().name());
      n.put("from", e.from().toString());
      n.put("to", date(e.to()));
      ArrayNode ids = n.putArray("claims");
      e.claims().forEach(ids::add);
    }
    return o;
  }

  private static ObjectNode claim(ClaimResult c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("type", c.type().name());
    o.put("kind", c.type().kind());
    o.put("nameZh", c.type().displayName().zh());
    o.put("nameEn", c.type().displayName().en());
    o.put("status", c.status().name());
    o.put("reasonZh", c.reason() == null ? null : c.reason().zh());
    o.put("reasonEn", c.reason() == null ? null : c.reason().en());
    citations(o.putArray("citations"), c.citations());
    ArrayNode lines = o.putArray("lines");
    Money expired = c.amount().minus(c.amountIfLimitationRaised());
    for (ClaimLine l : c.lines()) {
      ObjectNode n = lines.addObject();
      n.put("code", l.line().code());
      n.put("nameZh", l.line().name().zh());
      n.put("label", l.line().label());
      n.put("amount", l.amount().toString());
      n.put("awardClass", l.awardClass().name());
      n.set("limitation", limitation(l.limitation()));
    }
    o.put("amount", c.amount().toString());
    o.put("amountIfLimitationRaised", c.amountIfLimitationRaised().toString());
    ObjectNode lim = o.putObject("limitation");
    lim.put("status", c.limitation().map(Enum::name).orElse(null));
    lim.put("expiredAmount", expired.toString());
    ArrayNode fin = o.putArray("finality");
    for (ItemFinality f : c.finality()) {
      ObjectNode n = fin.addObject();
      n.put("item", f.item().id());
      n.put("class", f.item().awardClass().name());
      n.put("amount", f.item().amount().toString());
      n.put("status", f.status().name());
      n.put("threshold", f.threshold().map(Money::toString).orElse(null));
      n.put("reasonZh", f.reason().zh());
      n.put("reasonEn", f.reason().en());
      citations(n.putArray("citations"), f.citations());
    }
    notes(o.putArray("warnings"), c.warnings());
    violations(o.putArray("missing"), c.missing());
    if (c.resultJson() == null) {
      o.putNull("result");
    } else {
      try {
        o.set("result", MAPPER.readTree(c.resultJson()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return o;
  }

  private static ObjectNode limitation(LimitationResult l) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("accrual", l.accrual().map(LocalDate::toString).orElse(null));
    n.put("deadline", l.deadline().map(LocalDate::toString).orElse(null));
    n.put("filed", l.filed().map(LocalDate::toString).orElse(null));
    n.put("status", l.status().map(Enum::name).orElse(null));
    citations(n.putArray("citations"), l.citations());
    return n;
  }

  private static void putSplit(ObjectNode o, Optional<Boolean> split) {
    if (split.isEmpty()) {
      o.putNull("awardSplitRequired");
    } else {
      o.put("awardSplitRequired", split.get());
    }
  }

  private static void citations(ArrayNode a, List<Citation> cs) {
    for (Citation c : cs) {
      a.add(c.toChinese());
    }
  }

  private static void notes(ArrayNode a, List<Note> ns) {
    for (Note n : ns) {
      ObjectNode o = a.addObject();
      o.put("zh", n.zh());
      o.put("en", n.en());
    }
  }

  private static void violations(ArrayNode a, List<Violation> vs) {
    for (Violation v : vs) {
      ObjectNode o = a.addObject();
      o.put("path", v.path());
      o.put("code", v.code());
      o.put("messageZh", v.messageZh());
      o.put("messageEn", v.messageEn());
      ObjectNode f = o.putObject("fields");
      v.fields().forEach(f::put);
    }
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
