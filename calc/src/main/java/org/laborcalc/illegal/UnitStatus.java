package org.laborcalc.illegal;

/** Why the unit is an illegal employer (人社部令第9号 art. 2 ¶1). */
public enum UnitStatus {
  /** 无营业执照. */
  NO_LICENCE("无营业执照的单位", "a unit without a business licence"),
  /** 未经依法登记、备案. */
  NOT_REGISTERED("未经依法登记、备案的单位", "a unit not registered or filed as the law requires"),
  /** 被依法吊销营业执照或者撤销登记、备案. */
  LICENCE_REVOKED("被依法吊销营业执照或者撤销登记、备案的单位", "a unit whose licence or registration was revoked"),
  /** 使用童工 (any unit): the injured or dead child worker. */
  CHILD_LABOUR("使用童工的用人单位", "an employer that used child labour");

  private final String nameZh;
  private final String nameEn;

  UnitStatus(String nameZh, String nameEn) {
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
