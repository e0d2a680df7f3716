package org.laborcalc.arbitration;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.limitation.InterruptionKind;
import org.laborcalc.limitation.SuspensionCause;
import org.laborcalc.region.Region;
import org.laborcalc.result.Party;

/**
 * One arbitration application as read from a case file of kind {@code "arbitration"}: the facts
 * stated once for every claim, the claims each read by its own calculation with those facts merged
 * in, and the events that interrupt or suspend the time limits. Immutable.
 *
 * @param region the commission's locality ({@code case.region}), also the region of every claim
 * @param applicationDate the day the application was filed ({@code case.applicationDate})
 * @param awardDate the day of the award, or null ({@code case.awardDate})
 * @param parties the employer and any other unit liable, as the application names them
 * @param employmentStart {@code case.employment.start}, or null
 * @param employmentEnd {@code case.employment.end}, the last day of the employment, or null while
 *     it lasts
 * @param terminationDate {@code case.termination.date}, or null
 * @param claims the claims, in the file's order
 * @param events the interruptions and suspensions of the time limits
 */
public record ArbitrationCase(
    Region region,
    LocalDate applicationDate,
    LocalDate awardDate,
    List<CaseParty> parties,
    LocalDate employmentStart,
    LocalDate employmentEnd,
    LocalDate terminationDate,
    List<Claim> claims,
    List<LimitationEvent> events) {

  public ArbitrationCase {
    requireNonNull(region, "region");
    requireNonNull(applicationDate, "applicationDate");
    parties = List.copyOf(parties);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
  }

  /** The award date, when given. */
  public Optional<LocalDate> award() {
    return Optional.ofNullable(awardDate);
  }

  /**
   * A party the application names.
   *
   * @param id its id in the file, e.g. {@code "E"}
   * @param role its role ({@code EMPLOYER}, {@code CONTRACTOR}, {@code ATTRIBUTED_UNIT})
   * @param name its name, or null
   */
  public record CaseParty(String id, Party.Role role, String name) {
    public CaseParty {
      requireNonNull(id, "id");
      requireNonNull(role, "role");
    }
  }

  /**
   * One claim, already read by its calculation.
   *
   * @param id its id, unique in the case
   * @param type what is claimed
   * @param index its position in {@code case.claims}
   * @param calculation the calculation that computes it
   * @param input what that calculation read from the claim and the shared facts
   * @param knownOn the day the right was known to be infringed as the file states it ({@code
   *     knownOn}, or for a work-injury or illegal-employment claim its {@code appraisal.date}), or
   *     null to take the claim type's default
   */
  public record Claim(
      String id,
      ClaimType type,
      int index,
      Calculation<?, ?> calculation,
      Object input,
      LocalDate knownOn) {
    public Claim {
      requireNonNull(id, "id");
      requireNonNull(type, "type");
      requireNonNull(calculation, "calculation");
      requireNonNull(input, "input");
    }

    /** The claim's path in the case file, e.g. {@code case.claims[2]}. */
    public String path() {
      return "case.claims[" + index + "]";
    }
  }

  /**
   * An event of 劳动争议调解仲裁法 art. 27 ¶2 or ¶3.
   *
   * @param index its position in {@code case.limitationEvents}
   * @param interruption the act that interrupts (¶2), or null for a suspension
   * @param cause the cause that suspends (¶3), or null for an interruption
   * @param from the day of an interruption, the first day of a suspension
   * @param to the day the suspension's cause ended, or null for an interruption
   * @param claims the ids of the claims it concerns; empty for every claim
   */
  public record LimitationEvent(
      int index,
      InterruptionKind interruption,
      SuspensionCause cause,
      LocalDate from,
      LocalDate to,
      List<String> claims) {
    public LimitationEvent {
      requireNonNull(from, "from");
      claims = List.copyOf(claims);
      if ((interruption == null) == (cause == null)) {
        throw new IllegalArgumentException("an event is an interruption or a suspension");
      }
      if (cause != null) {
        requireNonNull(to, "to");
      }
    }

    /** Whether it concerns the claim of this id. */
    public boolean concerns(String claimId) {
      return claims.isEmpty() || claims.contains(claimId);
    }
  }
}
