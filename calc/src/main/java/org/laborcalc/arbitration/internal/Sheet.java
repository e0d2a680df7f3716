package org.laborcalc.arbitration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.laborcalc.arbitration.ArbitrationCase;
import org.laborcalc.arbitration.ArbitrationResult;
import org.laborcalc.arbitration.ClaimLine;
import org.laborcalc.arbitration.ClaimResult;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.FinalityStatus;
import org.laborcalc.finality.ItemFinality;
import org.laborcalc.law.Citation;
import org.laborcalc.limitation.LimitationResult;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;
import org.laborcalc.result.FormulaRenderer;
import org.laborcalc.result.Language;
import org.laborcalc.result.Note;
import org.laborcalc.result.Party;

/**
 * The arbitration calculation sheet (计算清单): the case and the shared findings once, one section a
 * claim (its lines with formula and articles, its time limit, its finality), the totals, the final
 * and the non-final parts of the award, what was not modelled, the options and the warnings; as
 * plain text, Markdown or one HTML page. The same result always gives the same text. Stateless.
 */
public final class Sheet {
  private Sheet() {}

  private static final String TITLE = "劳动人事争议仲裁请求计算清单";

  /** A key and its value, or a heading when the value is null. */
  private record Row(String key, String value) {}

  private static List<Row> rows(ArbitrationResult r) {
    List<Row> rows = new ArrayList<>();
    ArbitrationCase c = r.input();
    rows.add(new Row("案件", null));
    rows.add(new Row("仲裁委员会所在地", c.region().fullName() + "（" + c.region().code() + "）"));
    rows.add(new Row("申请仲裁日", c.applicationDate().toString()));
    if (c.awardDate() != null) {
      rows.add(new Row("裁决日", c.awardDate().toString()));
    }
    for (ArbitrationCase.CaseParty p : c.parties()) {
      rows.add(
          new Row(
              "当事人 " + p.id(),
              new Party(p.role(), null).nameZh() + (p.name() == null ? "" : "：" + p.name())));
    }
    rows.add(new Row("共同认定", null));
    rows.add(
        new Row(
            "劳动关系",
            (c.employmentStart() == null ? "—" : c.employmentStart().toString())
                + " 至 "
                + (c.employmentEnd() == null ? "存续" : c.employmentEnd().toString())));
    if (c.terminationDate() != null) {
      rows.add(new Row("解除（终止）日", c.terminationDate().toString()));
    }
    JsonNode service = r.findings().service();
    if (service != null && service.has("whole")) {
      JsonNode w = service.get("whole");
      rows.add(
          new Row(
              "工作年限",
              w.path("years").asInt()
                  + "年"
                  + w.path("months").asInt()
                  + "个月"
                  + w.path("days").asInt()
                  + "天（见请求"
                  + r.findings().serviceFrom()
                  + "）"));
    }
    JsonNode wage = r.findings().wage();
    if (wage != null && wage.has("average")) {
      rows.add(
          new Row(
              "月平均工资",
              Money.parse(wage.get("average").asText()).toGroupedString()
                  + "元（"
                  + wage.path("window").asText()
                  + "，"
                  + wage.path("monthsAveraged").asInt()
                  + "个月；计算基数 "
                  + Money.parse(wage.get("base").asText()).toGroupedString()
                  + "元）"));
    }
    for (ClaimResult cr : r.claims()) {
      rows.add(new Row("请求 " + cr.id() + " " + cr.type().displayName().zh(), null));
      rows.add(new Row("结果", statusZh(cr) + (cr.reason() == null ? "" : "：" + cr.reason().zh())));
      if (!cr.citations().isEmpty()) {
        rows.add(new Row("依据", cites(cr.citations())));
      }
      for (ClaimLine l : cr.lines()) {
        String key =
            l.line().name().zh() + (l.line().label() == null ? "" : " " + l.line().label());
        String formula =
            l.line().formula() == null
                ? l.amount().toGroupedString()
                : FormulaRenderer.render(l.line().formula(), Language.ZH);
        rows.add(new Row(key, formula + "；" + cites(l.line().citations())));
        rows.add(new Row("  仲裁时效", limitation(l.limitation())));
      }
      if (cr.status() == org.laborcalc.arbitration.ClaimStatus.COMPUTED) {
        rows.add(new Row("小计", cr.amount().toGroupedString()));
        if (!cr.amount().equals(cr.amountIfLimitationRaised())) {
          rows.add(
              new Row(
                  "用人单位提出时效抗辩时",
                  cr.amountIfLimitationRaised().toGroupedString()
                      + "（逾期部分 "
                      + cr.amount().minus(cr.amountIfLimitationRaised()).toGroupedString()
                      + "）"));
        }
      }
      for (ItemFinality f : cr.finality()) {
        rows.add(new Row("终局 " + f.item().id(), finalityZh(f.status()) + "：" + f.reason().zh()));
      }
      for (Note w : cr.warnings()) {
        rows.add(new Row("提示", w.zh()));
      }
    }
    rows.add(new Row("合计", null));
    rows.add(new Row("合计", r.totals().total().toGroupedString()));
    rows.add(new Row("用人单位提出时效抗辩时的合计", r.totals().totalIfLimitationRaised().toGroupedString()));
    for (Map.Entry<Party, Money> e : r.totals().byParty().entrySet()) {
      rows.add(new Row("其中 " + e.getKey().nameZh(), e.getValue().toGroupedString()));
    }
    rows.add(new Row("终局裁决与非终局裁决", null));
    r.finality()
        .threshold()
        .ifPresentOrElse(
            t ->
                rows.add(
                    new Row(
                        "当地月最低工资标准十二个月金额",
                        FormulaRenderer.render(t.formula(), Language.ZH)
                            + "（"
                            + t.date()
                            + "的标准）")),
            () -> rows.add(new Row("当地月最低工资标准十二个月金额", "缺少当地月最低工资标准，无法确定")));
    rows.add(new Row("终局裁决部分", part(r, FinalityStatus.FINAL, r.totals().finalTotal())));
    rows.add(new Row("非终局裁决部分", part(r, FinalityStatus.NOT_FINAL, r.totals().nonFinalTotal())));
    if (r.totals().undeterminedTotal().isPositive()) {
      rows.add(
          new Row("无法确定部分", part(r, FinalityStatus.UNDETERMINED, r.totals().undeterminedTotal())));
    }
    rows.add(
        new Row(
            "是否分别制作裁决书",
            r.totals()
                .awardSplitRequired()
                .map(b -> b ? "是；" + cites(r.finality().citations()) : "否")
                .orElse("无法确定")));
    if (!r.missing().isEmpty()) {
      rows.add(new Row("缺少的数字", null));
      for (Violation v : r.missing()) {
        rows.add(new Row(v.fields().getOrDefault("key", v.path()), v.messageZh()));
      }
    }
    rows.add(new Row("未建模的事实", null));
    for (Note n : r.notModelled()) {
      rows.add(new Row("—", n.zh()));
    }
    rows.add(new Row("选项", null));
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      rows.add(new Row(e.getKey(), e.getValue()));
    }
    rows.add(new Row("提示", null));
    for (Note n : r.warnings()) {
      rows.add(new Row("—", n.zh()));
    }
    return rows;
  }

  private static String part(ArbitrationResult r, FinalityStatus status, Money total) {
    List<String> ids = new ArrayList<>();
    for (ItemFinality f : r.finality().items()) {
      if (f.status() == status) {
        ids.add(f.item().id() + " " + f.item().amount().toGroupedString());
      }
    }
    return total.toGroupedString() + (ids.isEmpty() ? "（无）" : "（" + String.join("；", ids) + "）");
  }

  private static String limitation(LimitationResult l) {
    LimitationStatus s = l.status().orElseThrow();
    String status =
        switch (s) {
          case WITHIN -> "未超过";
          case EXPIRED_IF_RAISED -> "已超过（用人单位提出时效抗辩的，不予支持）";
          case NO_LIMIT_WHILE_EMPLOYED -> "劳动关系存续期间不受时效限制";
        };
    if (l.accrual().isEmpty()) {
      return status + "；" + cites(l.citations());
    }
    return "自"
        + l.accrual().get()
        + "起算，至"
        + l.deadline().get()
        + "；"
        + status
        + "；"
        + cites(l.citations());
  }

  private static String statusZh(ClaimResult cr) {
    return switch (cr.status()) {
      case COMPUTED -> "已计算";
      case NOT_DUE -> "不予支付";
      case NEEDS_INPUT -> "缺少数字";
      case EXCLUDED_BY_RULE -> "依规则排除";
    };
  }

  private static String finalityZh(FinalityStatus s) {
    return switch (s) {
      case FINAL -> "终局";
      case NOT_FINAL -> "非终局";
      case UNDETERMINED -> "无法确定";
    };
  }

  private static String cites(List<Citation> cs) {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    for (Citation c : cs) {
      s.add(c.toChinese());
    }
    return String.join("、", s);
  }

  /** Plain text. */
  public static String text(ArbitrationResult r) {
    StringBuilder out = new StringBuilder(TITLE).append('\n');
    for (Row row : rows(r)) {
      if (row.value() == null) {
        out.append('\n').append(row.key()).append('\n');
      } else {
        out.append("  ").append(row.key()).append("：").append(row.value()).append('\n');
      }
    }
    return out.toString();
  }

  /** Markdown. */
  public static String markdown(ArbitrationResult r) {
    StringBuilder out = new StringBuilder("# ").append(TITLE).append('\n');
    for (Row row : rows(r)) {
      if (row.value() == null) {
        out.append("\n## ").append(md(row.key())).append("\n\n");
      } else {
        out.append("- **").append(md(row.key())).append("**：").append(md(row.value())).append('\n');
      }
    }
    return out.toString();
  }

  /** One self-contained HTML page. */
  public static String html(ArbitrationResult r) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(TITLE)
        .append("</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
        .append(
            "th{text-align:left;padding-right:1em;vertical-align:top}</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(TITLE)
        .append("</h1>\n");
    boolean open = false;
    for (Row row : rows(r)) {
      if (row.value() == null) {
        if (open) {
          out.append("</table>\n");
        }
        out.append("<h2>").append(html(row.key())).append("</h2>\n<table>\n");
        open = true;
      } else {
        out.append("<tr><th>")
            .append(html(row.key()))
            .append("</th><td>")
            .append(html(row.value()))
            .append("</td></tr>\n");
      }
    }
    if (open) {
      out.append("</table>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("|", "\\|");
  }

  private static String html(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
