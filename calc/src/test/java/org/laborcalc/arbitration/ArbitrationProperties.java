package org.laborcalc.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.arbitration.ArbitrationRulesTest.caseOf;
import static org.laborcalc.arbitration.ArbitrationRulesTest.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.laborcalc.finality.FinalityStatus;
import org.laborcalc.money.Money;

/**
 * The domain laws of an arbitration case (issue 18): totals are the sum of the claims; a claim's
 * result does not depend on which other claims are in the case, except through the rules that link
 * them (N beside 2N, 实施条例 art. 25); finality flips exactly above the threshold; an interruption
 * never shortens a deadline nor lowers what survives the defence.
 */
class ArbitrationProperties {
  private static final List<String> IDS = List.of("c1", "c2", "c3", "c4", "c5");

  @Provide
  Arbitrary<Set<String>> someClaims() {
    return Arbitraries.of(IDS).set().ofMinSize(1).ofMaxSize(IDS.size());
  }

  private static ObjectNode only(ObjectNode file, Set<String> ids) {
    ArrayNode claims = (ArrayNode) caseOf(file).get("claims");
    for (int i = claims.size() - 1; i >= 0; i--) {
      if (!ids.contains(claims.get(i).get("id").asText())) {
        claims.remove(i);
      }
    }
    return file;
  }

  private static final ArbitrationResult ALL = result(ArbitrationPayClaimsTest.ar1WithPayClaims());

  @Property(tries = 25)
  void aClaimIsTheSameWhateverElseIsClaimedAndTheTotalsAddUp(
      @ForAll("someClaims") Set<String> ids) {
    ArbitrationResult some = result(only(ArbitrationPayClaimsTest.ar1WithPayClaims(), ids));
    Money total = Money.ZERO;
    Money ifRaised = Money.ZERO;
    for (ClaimResult c : some.claims()) {
      ClaimResult alone = ALL.claim(c.id()).orElseThrow();
      assertThat(c.status()).isEqualTo(alone.status());
      assertThat(c.amount()).isEqualTo(alone.amount());
      assertThat(c.amountIfLimitationRaised()).isEqualTo(alone.amountIfLimitationRaised());
      assertThat(c.limitation()).isEqualTo(alone.limitation());
      assertThat(c.finality()).isEqualTo(alone.finality());
      assertThat(c.resultJson()).isEqualTo(alone.resultJson());
      total = total.plus(c.amount());
      ifRaised = ifRaised.plus(c.amountIfLimitationRaised());
    }
    assertThat(some.claims()).hasSize(ids.size());
    assertThat(some.totals().total()).isEqualTo(total);
    assertThat(some.totals().totalIfLimitationRaised()).isEqualTo(ifRaised);
    assertThat(ifRaised.isGreaterThan(total)).isFalse();
    assertThat(
            some.totals()
                .finalTotal()
                .plus(some.totals().nonFinalTotal())
                .plus(some.totals().undeterminedTotal()))
        .isEqualTo(total);
    assertThat(some.totals().byParty().values().stream().reduce(Money.ZERO, Money::plus))
        .isEqualTo(total);
  }

  @Property(tries = 8)
  void compensationDependsOnlyOnWhetherDamagesAreClaimed(@ForAll boolean damagesClaimed) {
    ObjectNode f = ArbitrationRulesTest.ar1();
    ((ObjectNode) caseOf(f).get("termination")).put("unlawful", true);
    caseOf(f).remove("noticePay");
    if (damagesClaimed) {
      ((ArrayNode) caseOf(f).get("claims"))
          .addObject()
          .put("id", "c4")
          .put("type", "WRONGFUL_TERMINATION_DAMAGES");
    }
    ArbitrationResult r = result(f);
    ClaimResult n = r.claim("c1").orElseThrow();
    assertThat(n.status())
        .isEqualTo(damagesClaimed ? ClaimStatus.EXCLUDED_BY_RULE : ClaimStatus.NOT_DUE);
    assertThat(n.amount()).isEqualTo(Money.ZERO);
    // The double wage is untouched by the link.
    assertThat(r.claim("c2").orElseThrow().amount()).isEqualTo(Money.parse("54761.90"));
  }

  @Property(tries = 20)
  void finalityFlipsExactlyAboveTheThreshold(
      @ForAll @BigRange(min = "1000.00", max = "4000.00") BigDecimal minimum,
      @ForAll @IntRange(min = 0, max = 1) int fenAbove) {
    Money min = Money.of(minimum.setScale(2, java.math.RoundingMode.DOWN));
    Money threshold = min.times(12);
    Money notice = threshold.plus(Money.parse(fenAbove == 0 ? "0.00" : "0.01"));
    ObjectNode f = ArbitrationRulesTest.atThreshold(notice.toString(), min.toString());
    ClaimResult c3 = result(f).claim("c3").orElseThrow();
    assertThat(c3.amount()).isEqualTo(notice);
    assertThat(c3.finality().get(0).status())
        .isEqualTo(fenAbove == 0 ? FinalityStatus.FINAL : FinalityStatus.NOT_FINAL);
  }

  @Property(tries = 20)
  void anInterruptionNeverShortensADeadline(
      @ForAll @DateRange(min = "2022-08-10", max = "2023-09-20") LocalDate on) {
    ObjectNode f = ArbitrationRulesTest.ar1();
    caseOf(f)
        .putArray("limitationEvents")
        .addObject()
        .put("interruption", "CLAIM_AGAINST_OTHER_PARTY")
        .put("date", on.toString());
    ArbitrationResult with = result(f);
    ArbitrationResult without = result(ArbitrationRulesTest.ar1());
    for (ClaimResult c : with.claims()) {
      ClaimResult before = without.claim(c.id()).orElseThrow();
      for (int i = 0; i < c.lines().size(); i++) {
        LocalDate d = c.lines().get(i).limitation().deadline().orElseThrow();
        LocalDate d0 = before.lines().get(i).limitation().deadline().orElseThrow();
        assertThat(d).isAfterOrEqualTo(d0);
      }
      assertThat(c.amountIfLimitationRaised().isLessThan(before.amountIfLimitationRaised()))
          .isFalse();
    }
  }
}
