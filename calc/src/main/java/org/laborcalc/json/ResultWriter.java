package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.MissingFigure;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.OwnWage;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.wage.AssessedEvidence;
import org.laborcalc.wage.MonthRow;
import org.laborcalc.wage.WageDetermination;

/**
 * Writes a result in the contract of {@code docs/RESULT-JSON.md}: every field always present (null
 * when it does not apply), in a fixed order, nothing that depends on the clock, the locale or hash
 * order, so the same result always gives the same bytes.
 */
final class ResultWriter {
  private ResultWriter() {}

  /**
   * About the length of {@link #result}'s text, a little over for the usual cases (the envelope,
   * options and regime, plus each line, month of evidence and warning with their citations), so
   * that the buffer it is written into need not grow.
   */
  static int expectedLength(WorkInjuryResult r) {
    int months =
        r.wage() == null || r.wage().determination() == null
            ? 0
            : r.wage().determination().months().size();
    return 8_000 + 1_200 * r.lines().size() + 2_600 * months + 400 * r.warnings().size();
  }

  static void result(JsonGenerator g, WorkInjuryResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", LaborCalcJson.RESULT_FORMAT);
    missing(g, r.missing());
    g.writeArrayFieldStart("items");
    for (BenefitLine l : r.lines()) {
      line(g, l);
    }
    g.writeEndArray();
    totals(g, r.totals(), r.isComplete());
    if (r.wage() == null) {
      g.writeNullField("wage");
    } else {
      wage(g, r.wage());
    }
    grade(g, r.grade());
    g.writeObjectFieldStart("regime");
    g.writeStringField("code", r.regime().name());
    g.writeStringField("instrument", r.regime().instrument().id());
    g.writeStringField("nameZh", r.regime().instrument().citedTitleZh());
    nullable(g, "documentNumber", r.regime().instrument().documentNumber());
    g.writeEndObject();
    g.writeFieldName("options");
    CaseWriter.options(g, r.options());
    g.writeArrayFieldStart("warnings");
    for (Notice n : r.warnings()) {
      g.writeStartObject();
      g.writeStringField("code", n.code());
      g.writeStringField("messageZh", n.messageZh());
      g.writeStringField("messageEn", n.messageEn());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void line(JsonGenerator g, BenefitLine l) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", l.item().name());
    g.writeStringField("nameZh", l.nameZh());
    g.writeStringField("nameEn", l.nameEn());
    money(g, "amount", l.amount());
    money(g, "monthlyAmount", l.monthlyAmount());
    date(g, "startDate", l.startDate());
    if (l.until() != null) {
      date(g, "until", l.until());
    }
    money(g, "accrued", l.accrued());
    g.writeStringField("payer", l.payer().code());
    g.writeStringField("formula", l.formulaText());
    g.writeStringField("explanationZh", l.explanationZh());
    nullable(g, "label", l.label());
    citations(g, l.citations());
    parameters(g, l.parameters());
    g.writeEndObject();
  }

  /**
   * The figures no pack supplies, first in the document so that no reader takes an incomplete
   * result for a whole one; written only when there are some.
   */
  private static void missing(JsonGenerator g, List<MissingFigure> missing) throws IOException {
    if (missing.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("missing");
    for (MissingFigure m : missing) {
      g.writeStartObject();
      g.writeStringField("key", m.key().name());
      g.writeStringField("nameZh", m.nameZh());
      g.writeStringField("nameEn", m.nameEn());
      g.writeObjectFieldStart("region");
      g.writeStringField("code", m.region().code());
      g.writeStringField("name", m.region().fullName());
      g.writeEndObject();
      if (m.year() == null) {
        g.writeNullField("year");
      } else {
        g.writeNumberField("year", m.year());
      }
      date(g, "date", m.date());
      g.writeArrayFieldStart("items");
      for (BenefitItem i : m.items()) {
        g.writeString(i.name());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void totals(JsonGenerator g, Totals t, boolean complete) throws IOException {
    g.writeObjectFieldStart("totals");
    money(g, "employer", t.employer());
    money(g, "fund", t.fund());
    money(g, "total", t.total());
    money(g, "monthlyEmployer", t.monthlyEmployer());
    money(g, "monthlyFund", t.monthlyFund());
    if (!complete) {
      // Only when false, so that a complete result keeps its bytes.
      g.writeBooleanField("complete", false);
    }
    g.writeEndObject();
  }

  private static void wage(JsonGenerator g, OwnWage w) throws IOException {
    g.writeObjectFieldStart("wage");
    money(g, "averageWage", w.averageWage());
    money(g, "regionalAverage", w.regionalAverage());
    money(g, "lowerBound", w.lowerBound());
    money(g, "upperBound", w.upperBound());
    money(g, "ownWage", w.ownWage());
    g.writeStringField("clamp", w.clamp().name());
    money(g, "originalWage", w.originalWage());
    nullable(g, "formula", w.formula());
    citations(g, w.citations());
    parameters(g, w.parameters());
    determination(g, w.determination());
    g.writeEndObject();
  }

  /** The wage found from evidence, month by month, or null when the case stated it. */
  private static void determination(JsonGenerator g, WageDetermination d) throws IOException {
    if (d == null) {
      g.writeNullField("determination");
      return;
    }
    g.writeObjectFieldStart("determination");
    g.writeStringField("firstMonth", d.firstMonth().toString());
    g.writeStringField("lastMonth", d.lastMonth().toString());
    g.writeStringField("basis", d.basis().name());
    g.writeNumberField("monthsAveraged", d.monthsAveraged());
    money(g, "total", d.total());
    money(g, "average", d.average());
    money(g, "dailyWage", d.dailyWage());
    if (d.declaredContributionBase().isPresent()) {
      money(g, "declaredContributionBase", d.declaredContributionBase().get());
    } else {
      g.writeNullField("declaredContributionBase");
    }
    g.writeArrayFieldStart("months");
    for (MonthRow row : d.months()) {
      g.writeStartObject();
      g.writeStringField("month", row.month().toString());
      g.writeStringField("status", row.status().name());
      g.writeBooleanField("complete", row.complete());
      g.writeNumberField("daysWorked", row.daysWorked());
      g.writeNumberField("daysInMonth", row.daysInMonth());
      if (row.amountUsed().isPresent()) {
        money(g, "amountUsed", row.amountUsed().get());
      } else {
        g.writeNullField("amountUsed");
      }
      g.writeArrayFieldStart("evidence");
      for (AssessedEvidence e : row.evidence()) {
        g.writeStartObject();
        g.writeStringField("label", e.labelZh());
        g.writeStringField("kind", e.kind().name());
        money(g, "recordedAmount", e.recordedAmount());
        money(g, "amount", e.amount());
        g.writeStringField("credibility", e.credibility().name());
        g.writeStringField("outcome", e.outcome().name());
        g.writeStringField("reasonZh", e.reasonZh());
        g.writeStringField("reasonEn", e.reasonEn());
        citations(g, e.citations());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void grade(JsonGenerator g, CombinedGrade c) throws IOException {
    if (c == null) {
      g.writeNullField("grade");
      return;
    }
    g.writeObjectFieldStart("grade");
    g.writeNumberField("finalGrade", c.finalGrade().number());
    g.writeStringField("nameZh", c.finalGrade().nameZh());
    g.writeNumberField("mostSevereItem", c.mostSevereItem().number());
    g.writeBooleanField("raised", c.raised());
    g.writeArrayFieldStart("items");
    for (DisabilityGrade d : c.items()) {
      g.writeNumber(d.number());
    }
    g.writeEndArray();
    g.writeStringField("verification", c.verification().name());
    g.writeStringField("explanationZh", c.explanationZh());
    g.writeStringField("explanationEn", c.explanationEn());
    citations(g, c.citations());
    g.writeEndObject();
  }

  private static void citations(JsonGenerator g, List<Citation> cs) throws IOException {
    g.writeArrayFieldStart("citations");
    for (Citation c : cs) {
      citation(g, c);
    }
    g.writeEndArray();
  }

  static void citation(JsonGenerator g, Citation c) throws IOException {
    g.writeStartObject();
    g.writeStringField("instrument", c.instrument().id());
    g.writeStringField("textZh", c.toChinese());
    g.writeNumberField("article", c.article());
    g.writeNumberField("paragraph", c.paragraph());
    g.writeNumberField("item", c.item());
    g.writeEndObject();
  }

  private static void parameters(JsonGenerator g, List<ParameterUse> ps) throws IOException {
    g.writeArrayFieldStart("parameters");
    for (ParameterUse p : ps) {
      g.writeStartObject();
      g.writeStringField("key", p.key());
      g.writeStringField("value", p.value());
      nullable(g, "region", p.regionCode());
      nullable(g, "range", p.range());
      nullable(g, "pack", p.pack());
      nullable(g, "verification", p.verification() == null ? null : p.verification().name());
      citations(g, p.citations());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code {"format": …, "violations": [{path, code, messageZh, messageEn}]}}. */
  static void violations(JsonGenerator g, List<Violation> vs) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", LaborCalcJson.VIOLATIONS_FORMAT);
    g.writeArrayFieldStart("violations");
    for (Violation v : vs) {
      g.writeStartObject();
      g.writeStringField("path", v.path());
      g.writeStringField("code", v.code());
      g.writeStringField("messageZh", v.messageZh());
      g.writeStringField("messageEn", v.messageEn());
      if (!v.fields().isEmpty()) {
        g.writeObjectFieldStart("fields");
        for (Map.Entry<String, String> f : v.fields().entrySet()) {
          g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void parameters(
      JsonGenerator g, Region region, LocalDate date, List<ResolvedParameter<?>> inForce)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("format", LaborCalcJson.PARAMETERS_FORMAT);
    g.writeStringField("region", region.code());
    g.writeStringField("regionName", region.fullName());
    g.writeStringField("date", date.toString());
    g.writeArrayFieldStart("parameters");
    for (ResolvedParameter<?> p : inForce) {
      ParameterEntry<?> e = p.entry();
      g.writeStartObject();
      g.writeStringField("key", p.key().name());
      g.writeStringField("descriptionZh", p.key().descriptionZh());
      g.writeStringField("descriptionEn", p.key().descriptionEn());
      g.writeFieldName("value");
      CaseWriter.value(g, p.value());
      g.writeStringField("region", e.region().code());
      g.writeStringField("range", e.range().toString());
      g.writeStringField("pack", p.packId());
      g.writeStringField("verification", p.verification().name());
      nullable(g, "warningZh", e.warningZh());
      nullable(g, "warningEn", e.warningEn());
      citations(g, p.citations());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, String field, Money m) throws IOException {
    nullable(g, field, m == null ? null : m.toString());
  }

  private static void date(JsonGenerator g, String field, LocalDate d) throws IOException {
    nullable(g, field, d == null ? null : d.toString());
  }

  private static void nullable(JsonGenerator g, String field, String s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, s);
    }
  }
}
