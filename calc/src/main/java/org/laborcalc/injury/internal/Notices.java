package org.laborcalc.injury.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.NoticeCode;

/**
 * The notices to the tribunal gathered while one case is computed, each once, in the order first
 * raised. The one mutable piece of a computation: confined to it and never shared.
 */
public final class Notices {
  private final Map<String, Notice> notices = new LinkedHashMap<>();

  /** Records one of the engine's own notices, once. */
  public void warn(NoticeCode code, String zh, String en) {
    warn(code.name(), zh, en);
  }

  /**
   * Records one of the engine's own notices once per {@code about} (e.g. once per figure), so that
   * the same kind of notice on two figures is kept twice.
   */
  public void warn(NoticeCode code, String about, String zh, String en) {
    warn(code.name() + ":" + about, zh, en);
  }

  /**
   * Records a notice passed on from elsewhere (the wage determination, the grade) under its code. A
   * code may carry a discriminator after a colon ({@code SECONDARY_SOURCE:key@ region}) so that the
   * same kind of notice is kept once per figure; the stable code is the part before it.
   */
  public void warn(String code, String zh, String en) {
    int colon = code.indexOf(':');
    String stable = colon >= 0 ? code.substring(0, colon) : code;
    notices.putIfAbsent(code + zh, new Notice(stable, zh, en));
  }

  public List<Notice> all() {
    return List.copyOf(notices.values());
  }
}
