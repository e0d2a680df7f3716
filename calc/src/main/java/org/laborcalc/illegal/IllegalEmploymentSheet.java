package org.laborcalc.illegal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.injury.Notice;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sheet.LineSections;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetFacts;
import org.laborcalc.sheet.Text;

/**
 * The calculation sheet of a 人社部令第9号 result on the shared sheet model: each line with its formula,
 * explanation and articles, the total (the employer pays), the options in words and the notices.
 * Stateless.
 */
final class IllegalEmploymentSheet {
  private IllegalEmploymentSheet() {}

  static Sheet of(IllegalEmploymentResult r) {
    Set<ParameterUse> uses = new LinkedHashSet<>();
    List<Text> explanations = new ArrayList<>();
    for (IllegalEmploymentLine l : r.lines()) {
      uses.addAll(l.parameters());
      explanations.add(Text.of(l.explanationZh()));
    }
    Sheet.Builder s =
        Sheet.builder(Text.of("非法用工单位伤亡人员一次性赔偿计算清单", "Illegal-employer compensation sheet"));
    s.fact(Text.of("支付方", "Payer"), Text.of("用人单位（非法用工单位）", "the employer (illegal employer)"));
    s.fact(Text.of("参数包", "Parameter packs"), SheetFacts.packs(new ArrayList<>(uses)));
    s.section(Text.of("一、赔偿项目", "Items"));
    LineSections.add(s, r.lines(), explanations, r.total());
    s.section(Text.of("二、计算选项", "Options"));
    s.field(
        Text.of("伤残赔偿的“上年度”", "The \"previous year\" of disability compensation"),
        switch (r.options().baseYear()) {
          case YEAR_BEFORE_APPRAISAL -> Text.of("劳动能力鉴定的上一年度", "the year before the appraisal");
          case YEAR_BEFORE_INJURY -> Text.of("受伤的上一年度", "the year before the injury");
        });
    s.field(
        Text.of("死亡赔偿的“上年度”", "The \"previous year\" of death compensation"),
        switch (r.options().deathBaseYear()) {
          case YEAR_BEFORE_DEATH -> Text.of("死亡的上一年度", "the year before the death");
          case YEAR_BEFORE_INJURY -> Text.of("受伤的上一年度", "the year before the injury");
        });
    if (!r.notices().isEmpty()) {
      s.section(Text.of("三、提示", "Notices"));
      s.notes(
          r.notices().stream()
              .map((Notice n) -> Text.of(n.messageZh(), n.messageEn()))
              .toArray(Text[]::new));
    }
    return s.build();
  }
}
