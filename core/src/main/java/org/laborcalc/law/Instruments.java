package org.laborcalc.law;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.internal.InstrumentsFile;

/**
 * The registry of legal instruments laborcalc cites, with stable ids, loaded from the bundled
 * {@code instruments.json}. Immutable and thread-safe.
 *
 * <p>Constants name the instruments that code cites directly, e.g. {@code
 * Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 64, 2)}.
 */
public final class Instruments {

  private static final String RESOURCE = "/org/laborcalc/law/instruments.json";
  private static final ImmutableMap<String, Instrument> BY_ID = load();

  /** 《工伤保险条例》, 2010 revision, in force 2011-01-01. */
  public static final Instrument WORK_INJURY_REGULATION_2010 = get("gsbx-tiaoli-2010");

  /** 《工伤保险条例》, 2003 original, in force 2004-01-01. */
  public static final Instrument WORK_INJURY_REGULATION_2003 = get("gsbx-tiaoli-2003");

  /** 《社会保险法》. */
  public static final Instrument SOCIAL_INSURANCE_LAW = get("shehui-baoxian-fa");

  /** 《工资支付暂行规定》. */
  public static final Instrument WAGE_PAYMENT_PROVISIONS = get("gongzi-zhifu-zanxing-guiding");

  /** 《劳动争议调解仲裁法》. */
  public static final Instrument LABOUR_DISPUTE_ARBITRATION_LAW =
      get("laodong-zhengyi-tiaojie-zhongcai-fa");

  /** 《最高人民法院关于民事诉讼证据的若干规定》 (2019). */
  public static final Instrument CIVIL_EVIDENCE_PROVISIONS =
      get("minshi-susong-zhengju-guiding-2019");

  private Instruments() {}

  /** The instrument with this id; {@link IllegalArgumentException} if unknown. */
  public static Instrument get(String id) {
    requireNonNull(id, "id");
    Instrument i = BY_ID.get(id);
    if (i == null) {
      throw new IllegalArgumentException(
          "instrument id (\"" + id + "\") must be one of the registered instruments");
    }
    return i;
  }

  public static Optional<Instrument> find(String id) {
    return Optional.ofNullable(BY_ID.get(requireNonNull(id, "id")));
  }

  public static Collection<Instrument> all() {
    return BY_ID.values();
  }

  private static ImmutableMap<String, Instrument> load() {
    try (InputStream in = Instruments.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Instrument> map = new LinkedHashMap<>();
      for (Instrument i : InstrumentsFile.read(in)) {
        if (map.put(i.id(), i) != null) {
          throw new IllegalStateException("duplicate instrument id " + i.id() + " in " + RESOURCE);
        }
      }
      return ImmutableMap.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
