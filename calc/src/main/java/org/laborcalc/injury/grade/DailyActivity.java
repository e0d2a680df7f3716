package org.laborcalc.injury.grade;

/**
 * The five activities of daily living over which GB/T 16180-2014 measures the self-care impairment
 * (生活自理障碍). Immutable and thread-safe.
 *
 * <p>The names follow secondary pages quoting the 2014 standard; the fifth's exact name in the 2014
 * text ({@code 自我移动}) is unconfirmed (legal digest §4, [U]) and is used here only as a label.
 */
public enum DailyActivity {
  EATING("进食", "eating"),
  TURNING_OVER("翻身", "turning over in bed"),
  TOILETING("大小便", "toileting"),
  DRESSING_AND_WASHING("穿衣洗漱", "dressing and washing"),
  /** 自我移动: the label's exact wording in the 2014 standard is unconfirmed. */
  MOVING_ABOUT("自我移动", "moving about");

  private final String nameZh;
  private final String nameEn;

  DailyActivity(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
