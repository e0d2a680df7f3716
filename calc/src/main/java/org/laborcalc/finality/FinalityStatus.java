package org.laborcalc.finality;

/** Whether an item of the award is final. */
public enum FinalityStatus {
  /** 终局裁决 (劳动争议调解仲裁法 art. 47): the employer may only apply to set it aside (art. 49). */
  FINAL,
  /** 非终局裁决: either party may sue within 15 days (art. 50). */
  NOT_FINAL,
  /**
   * An item of art. 47 (一) whose threshold cannot be set: no monthly minimum wage for the locality
   * and date is held. It is listed as missing, never tested against zero.
   */
  UNDETERMINED
}
