package org.laborcalc.limitation;

/** The three acts that interrupt the limit, as 劳动争议调解仲裁法 art. 27 ¶2 names them. */
public enum InterruptionKind {
  /** "当事人一方向对方当事人主张权利". */
  CLAIM_AGAINST_OTHER_PARTY,
  /** "向有关部门请求权利救济". */
  REQUEST_FOR_RELIEF,
  /** "对方当事人同意履行义务". */
  OTHER_PARTY_AGREED_TO_PERFORM
}
