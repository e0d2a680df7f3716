package org.laborcalc.finality;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Note;

/**
 * What an item of an award is, for the finality test: one of the four money classes of 劳动争议调解仲裁法
 * art. 47 (一), which are final up to the threshold; a labour-standards dispute of art. 47 (二),
 * final whatever its amount; or neither, never final.
 */
public enum AwardClass {
  /** 劳动报酬 (art. 47 (一)): wages, overtime pay, back pay. */
  LABOUR_REMUNERATION("劳动报酬", "labour remuneration", true, List.of(FinalityLaw.AMOUNT_CLASSES)),
  /** 工伤医疗费 (art. 47 (一)). */
  WORK_INJURY_MEDICAL_COSTS(
      "工伤医疗费", "work-injury medical costs", true, List.of(FinalityLaw.AMOUNT_CLASSES)),
  /** 经济补偿 (art. 47 (一)); 办案规则 art. 50 ¶2 counts 竞业限制期限内的经济补偿 and 解除或者终止劳动合同的经济补偿 among them. */
  ECONOMIC_COMPENSATION(
      "经济补偿",
      "economic compensation",
      true,
      List.of(FinalityLaw.AMOUNT_CLASSES, FinalityLaw.COMPENSATION_LIST)),
  /**
   * 赔偿金 (art. 47 (一)); 办案规则 art. 50 ¶2 counts 未签订书面劳动合同第二倍工资, 违法约定试用期的赔偿金 and 违法解除或者终止劳动合同的赔偿金
   * among them.
   */
  DAMAGES("赔偿金", "damages", true, List.of(FinalityLaw.AMOUNT_CLASSES, FinalityLaw.DAMAGES_LIST)),
  /**
   * A dispute over the national labour standards of working time, rest and leave or social
   * insurance (art. 47 (二); 办案规则 art. 50 ¶3): final whatever the amount.
   */
  LABOUR_STANDARDS(
      "执行国家劳动标准（工作时间、休息休假、社会保险等）",
      "national labour standards (working time, rest and leave, social insurance)",
      false,
      List.of(FinalityLaw.LABOUR_STANDARDS, FinalityLaw.STANDARDS_FINAL)),
  /** Neither class of art. 47 (e.g. a one-time work-injury subsidy): not final. */
  OTHER("第四十七条以外的事项", "outside art. 47", false, List.of(FinalityLaw.AMOUNT_CLASSES));

  private final Note name;
  private final boolean amountTest;
  private final List<Citation> citations;

  AwardClass(String zh, String en, boolean amountTest, List<Citation> citations) {
    this.name = new Note(zh, en);
    this.amountTest = amountTest;
    this.citations = citations;
  }

  /** The class's name in Chinese and English. */
  public Note displayName() {
    return name;
  }

  /** Whether the item is final only up to 12 × the monthly minimum wage (art. 47 (一)). */
  public boolean amountTest() {
    return amountTest;
  }

  /** The articles that put an item in this class. */
  public List<Citation> citations() {
    return citations;
  }
}
