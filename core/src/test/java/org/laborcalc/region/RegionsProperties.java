package org.laborcalc.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the region registry: a code resolves to itself or to a domain error, never a guess. */
class RegionsProperties {

  private static final Regions REGIONS = Regions.bundled();

  @Provide
  Arbitrary<String> sixDigits() {
    return Arbitraries.strings().numeric().ofLength(6);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(10), Arbitraries.of(REGIONS.all()).map(Region::code));
  }

  @Provide
  Arbitrary<Region> region() {
    return Arbitraries.of(REGIONS.all());
  }

  @Property
  void getReturnsTheCodeAskedForOrFailsAsUnknown(@ForAll("anyText") String code) {
    Throwable failure = catchThrowable(() -> assertThat(REGIONS.get(code).code()).isEqualTo(code));
    if (failure != null) {
      assertThat(failure).isInstanceOf(UnknownRegionException.class);
      assertThat(REGIONS.find(code)).isEmpty();
    } else {
      assertThat(REGIONS.find(code)).isPresent();
    }
  }

  @Property
  void sixDigitCodesAreKnownOrUnknownButNeverMalformed(@ForAll("sixDigits") String code) {
    if (REGIONS.find(code).isEmpty()) {
      UnknownRegionException e = (UnknownRegionException) catchThrowable(() -> REGIONS.get(code));
      assertThat(e.messageEn()).contains("known to laborcalc");
    }
  }

  @Property
  void lineageClimbsToTheNationOneLevelAtATime(@ForAll("region") Region r) {
    List<Region> lineage = REGIONS.lineage(r);
    assertThat(lineage.get(0)).isEqualTo(r);
    for (int i = 1; i < lineage.size(); i++) {
      assertThat(lineage.get(i).code()).isEqualTo(lineage.get(i - 1).parentCode());
      assertThat(lineage.get(i).level().ordinal())
          .isEqualTo(lineage.get(i - 1).level().ordinal() - 1);
    }
    assertThat(lineage.get(lineage.size() - 1).isNational()).isTrue();
  }

  @Property
  void aRegionIsAmongItsParentsChildren(@ForAll("region") Region r) {
    r.parent().ifPresent(p -> assertThat(REGIONS.children(REGIONS.get(p))).contains(r));
  }
}
