package org.laborcalc.limitation;

/** The causes that suspend the limit, as 劳动争议调解仲裁法 art. 27 ¶3 names them. */
public enum SuspensionCause {
  /** "不可抗力". */
  FORCE_MAJEURE,
  /** "其他正当理由". */
  OTHER_JUSTIFIED_REASON
}
