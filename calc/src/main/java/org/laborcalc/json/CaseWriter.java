package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.laborcalc.employment.Employment;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Table;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.WageOptions;

/**
 * Writes a case, its options and a case file in the case-file format that {@link CaseReader} reads,
 * fields in record order, absent values omitted, so that reading what was written gives an equal
 * case.
 */
final class CaseWriter {
  private CaseWriter() {}

  static void caseFile(JsonGenerator g, CaseFile file) throws IOException {
    g.writeStartObject();
    if (file.schema() != null) {
      g.writeStringField("$schema", file.schema());
    }
    g.writeFieldName("case");
    workInjuryCase(g, file.workInjuryCase());
    g.writeFieldName("options");
    options(g, file.options());
    if (file.parameters() != null) {
      g.writeFieldName("parameters");
      pack(g, file.parameters());
    }
    g.writeEndObject();
  }

  static void workInjuryCase(JsonGenerator g, WorkInjuryCase c) throws IOException {
    g.writeStartObject();
    g.writeStringField("region", c.region().code());
    g.writeObjectFieldStart("worker");
    date(g, "birthDate", c.worker().birthDate());
    name(g, "retirementCategory", c.worker().retirementCategory());
    date(g, "retirementDate", c.worker().retirementDate());
    g.writeEndObject();
    employment(g, c.employment());
    g.writeObjectFieldStart("injury");
    date(g, "date", c.injury().date());
    g.writeBooleanField("occupationalDisease", c.injury().occupationalDisease());
    g.writeEndObject();
    if (c.appraisal() != null) {
      appraisal(g, c.appraisal());
    }
    if (c.suspension() != null) {
      g.writeObjectFieldStart("suspension");
      date(g, "start", c.suspension().start());
      date(g, "endInclusive", c.suspension().endInclusive());
      g.writeBooleanField("extensionConfirmed", c.suspension().extensionConfirmed());
      if (c.suspension().certifiedMonths() != null) {
        g.writeStringField("certifiedMonths", c.suspension().certifiedMonths().toPlainString());
      }
      if (c.suspension().relativesCareMonths() != null) {
        g.writeStringField(
            "relativesCareMonths", c.suspension().relativesCareMonths().toPlainString());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("hospitalStays");
    for (DateRange r : c.hospitalStays()) {
      g.writeStartObject();
      date(g, "from", r.start());
      date(g, "toInclusive", r.endInclusive().orElseThrow());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("expenses");
    for (Expense e : c.expenses()) {
      g.writeStartObject();
      name(g, "item", e.item());
      money(g, "amount", e.amount());
      date(g, "date", e.date());
      text(g, "description", e.description());
      if (e.days() != null) {
        g.writeNumberField("days", e.days());
      }
      money(g, "dailyRate", e.dailyRate());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("insurance");
    name(g, "status", c.insurance().status());
    date(g, "enrolmentDate", c.insurance().enrolmentDate());
    money(g, "declaredMonthlyBase", c.insurance().declaredMonthlyBase());
    date(g, "recognitionFiledOn", c.insurance().recognitionFiledOn());
    g.writeEndObject();
    if (c.death() != null) {
      g.writeObjectFieldStart("death");
      date(g, "date", c.death().date());
      g.writeArrayFieldStart("dependants");
      for (Dependant d : c.death().dependants()) {
        g.writeStartObject();
        text(g, "name", d.name());
        name(g, "relation", d.relation());
        date(g, "birthDate", d.birthDate());
        g.writeBooleanField("lonelyElderOrOrphan", d.lonelyElderOrOrphan());
        date(g, "pensionEndInclusive", d.pensionEndInclusive());
        g.writeEndObject();
      }
      g.writeEndArray();
      name(g, "circumstance", c.death().circumstance());
      if (c.death().missing() != null) {
        g.writeObjectFieldStart("missing");
        date(g, "declaredDeadOn", c.death().missing().declaredDeadOn());
        g.writeBooleanField("hardship", c.death().missing().hardship());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("alreadyPaid");
    for (Payment p : c.alreadyPaid()) {
      g.writeStartObject();
      money(g, "amount", p.amount());
      date(g, "date", p.date());
      text(g, "description", p.description());
      if (p.item() != null) {
        g.writeStringField("item", p.item().name());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("wage");
    money(g, "monthlyWage", c.wage().monthlyWage());
    if (!c.wage().evidence().isEmpty()) {
      evidence(g, c.wage());
    }
    money(g, "originalWage", c.wage().originalWage());
    money(g, "preTerminationAverageWage", c.wage().preTerminationAverageWage());
    g.writeEndObject();
    if (c.lumpSum() != null) {
      g.writeObjectFieldStart("lumpSum");
      g.writeBooleanField("agreedWithEmployer", c.lumpSum().agreedWithEmployer());
      money(g, "amount", c.lumpSum().amount());
      g.writeEndObject();
    }
    if (c.pension() != null) {
      g.writeObjectFieldStart("pension");
      g.writeBooleanField("noMonthlyPension", c.pension().noMonthlyPension());
      money(g, "accountMonthlyOffset", c.pension().accountMonthlyOffset());
      g.writeEndObject();
    }
    if (c.relocation() != null) {
      g.writeObjectFieldStart("relocation");
      date(g, "date", c.relocation().date());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, WageFacts w) throws IOException {
    g.writeArrayFieldStart("evidence");
    for (EvidenceItem e : w.evidence()) {
      g.writeStartObject();
      text(g, "id", e.id());
      name(g, "kind", e.kind());
      g.writeStringField("month", e.month().toString());
      if (e.through() != null) {
        g.writeStringField("through", e.through().toString());
      }
      money(g, "amount", e.amount());
      text(g, "source", e.source());
      g.writeBooleanField("signedByWorker", e.signedByWorker());
      g.writeBooleanField("payerIsEmployer", e.payerIsEmployer());
      g.writeBooleanField("netOfDeductions", e.netOfDeductions());
      g.writeBooleanField("nonWage", e.nonWage());
      text(g, "nonWageReason", e.nonWageReason());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (w.procedure() != null) {
      g.writeObjectFieldStart("procedure");
      name(g, "payrollOrder", w.procedure().payrollOrder());
      text(g, "orderReference", w.procedure().orderReference());
      g.writeEndObject();
    }
    if (w.options() != null) {
      WageOptions o = w.options();
      g.writeObjectFieldStart("options");
      name(g, "conflictPolicy", o.conflictPolicy());
      name(g, "grossUp", o.grossUp());
      if (o.grossUpDeductionRate() != null) {
        g.writeObjectFieldStart("grossUpDeductionRate");
        g.writeStringField("value", o.grossUpDeductionRate().value().toPlainString());
        g.writeStringField("description", o.grossUpDeductionRate().description());
        g.writeEndObject();
      }
      name(g, "partialMonthPolicy", o.partialMonthPolicy());
      g.writeEndObject();
    }
  }

  private static void employment(JsonGenerator g, Employment e) throws IOException {
    g.writeObjectFieldStart("employment");
    date(g, "start", e.start());
    if (e.termination() != null) {
      g.writeObjectFieldStart("termination");
      date(g, "date", e.termination().date());
      name(g, "initiatedBy", e.termination().initiatedBy());
      g.writeBooleanField(
          "labourContractLawArticle38", e.termination().labourContractLawArticle38());
      g.writeEndObject();
    }
    g.writeBooleanField("noSuitableJobArranged", e.noSuitableJobArranged());
    name(g, "pastRetirementAge", e.pastRetirementAge());
    g.writeEndObject();
  }

  private static void appraisal(JsonGenerator g, Appraisal a) throws IOException {
    g.writeObjectFieldStart("appraisal");
    date(g, "date", a.date());
    g.writeArrayFieldStart("itemGrades");
    for (DisabilityGrade d : a.itemGrades()) {
      g.writeNumber(d.number());
    }
    g.writeEndArray();
    name(g, "selfCare", a.selfCare());
    if (!a.activitiesNeedingCare().isEmpty()) {
      g.writeArrayFieldStart("activitiesNeedingCare");
      // In declaration order, so that the output does not depend on the set's iteration order.
      for (DailyActivity d : DailyActivity.values()) {
        if (a.activitiesNeedingCare().contains(d)) {
          g.writeString(d.name());
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void options(JsonGenerator g, CalculationOptions o) throws IOException {
    g.writeStartObject();
    if (o.asOf() == null) {
      g.writeNullField("asOf");
    } else {
      g.writeStringField("asOf", o.asOf().toString());
    }
    if (o.knownAsOf() == null) {
      g.writeNullField("knownAsOf");
    } else {
      g.writeStringField("knownAsOf", o.knownAsOf().toString());
    }
    g.writeStringField("regimeRule", o.regimeRule().name());
    g.writeStringField("suspensionDays", o.suspensionDays().name());
    g.writeStringField("pensionCap", o.pensionCap().name());
    if (o.unpublishedYearlyFigure() != CalculationOptions.defaults().unpublishedYearlyFigure()) {
      // Only when chosen, so that the documents of the default options keep their bytes.
      g.writeStringField("unpublishedYearlyFigure", o.unpublishedYearlyFigure().name());
    }
    if (o.majorSelfCare() != CalculationOptions.defaults().majorSelfCare()) {
      g.writeStringField("majorSelfCare", o.majorSelfCare().name());
    }
    if (o.pensionCapWage() != CalculationOptions.defaults().pensionCapWage()) {
      g.writeStringField("pensionCapWage", o.pensionCapWage().name());
    }
    g.writeEndObject();
  }

  /** A pack in the docs/PARAMETERS.md format. */
  static void pack(JsonGenerator g, ParameterPack pack) throws IOException {
    g.writeStartObject();
    g.writeStringField("pack", pack.id());
    g.writeStringField("title", pack.title());
    g.writeArrayFieldStart("entries");
    for (ParameterEntry<?> e : pack.entries()) {
      g.writeStartObject();
      g.writeStringField("key", e.key().name());
      g.writeStringField("region", e.region().code());
      g.writeStringField("from", e.range().start().toString());
      if (e.range().endExclusive().isPresent()) {
        g.writeStringField("until", e.range().endExclusive().get().toString());
      }
      g.writeFieldName("value");
      value(g, e.value());
      g.writeStringField("verification", e.verification().name());
      g.writeArrayFieldStart("citations");
      for (Citation c : e.citations()) {
        g.writeStartObject();
        if (c.instrument().id().equals("user-document")) {
          // A caller's citation of an unregistered document (PackReader): its title is the name.
          g.writeStringField("document", c.instrument().nameZh());
        } else {
          g.writeStringField("instrument", c.instrument().id());
        }
        if (c.article() > 0) {
          g.writeNumberField("article", c.article());
        }
        if (c.paragraph() > 0) {
          g.writeNumberField("paragraph", c.paragraph());
        }
        if (c.item() > 0) {
          g.writeNumberField("item", c.item());
        }
        text(g, "quote", c.quote());
        text(g, "url", c.url());
        g.writeEndObject();
      }
      g.writeEndArray();
      date(g, "knownSince", e.knownSince());
      text(g, "note", e.note());
      if (e.warningZh() != null) {
        g.writeObjectFieldStart("warning");
        g.writeStringField("zh", e.warningZh());
        g.writeStringField("en", e.warningEn());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Money m) {
      g.writeString(m.toString());
    } else if (v instanceof java.math.BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Table t) {
      g.writeStartObject();
      for (Map.Entry<String, java.math.BigDecimal> e : t.asMap().entrySet()) {
        g.writeFieldName(e.getKey());
        g.writeNumber(e.getValue());
      }
      g.writeEndObject();
    } else {
      // Structured rules are records written by their Jackson annotations.
      g.writeObject(v);
    }
  }

  static void date(JsonGenerator g, String field, LocalDate d) throws IOException {
    if (d != null) {
      g.writeStringField(field, d.toString());
    }
  }

  static void money(JsonGenerator g, String field, Money m) throws IOException {
    if (m != null) {
      g.writeStringField(field, m.toString());
    }
  }

  static void text(JsonGenerator g, String field, String s) throws IOException {
    if (s != null) {
      g.writeStringField(field, s);
    }
  }

  static void name(JsonGenerator g, String field, Enum<?> e) throws IOException {
    if (e != null) {
      g.writeStringField(field, e.name());
    }
  }
}
