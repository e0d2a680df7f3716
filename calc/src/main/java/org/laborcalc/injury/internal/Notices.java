package org.laborcalc.injury.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.injury.Notice;

/**
 * The notices to the tribunal gathered while one case is computed, each once, in the order first
 * raised. The one mutable piece of a computation: confined to it and never shared.
 */
public final class Notices {
  private final Map<String, Notice> notices = new LinkedHashMap<>();

  /**
   * Records a notice. A code may carry a discriminator after a colon ({@code SECONDARY_SOURCE:key@
   * region}) so that the same kind of notice is kept once per figure; the stable code is the part
   * before it.
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
