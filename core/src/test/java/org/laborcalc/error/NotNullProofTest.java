package org.laborcalc.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule that lets {@link BeanValidation} skip the provider: a bean is proved valid from its
 * annotations only when every Bean Validation annotation it can reach is {@code @NotNull} or
 * {@code @Valid} on a record component or on the elements of a list or set, and then the provider
 * finds no violation either. Every other shape is left to the provider, even when it is valid.
 */
class NotNullProofTest {
  private static final NotNullShortcut PROOF = new NotNullShortcut(true);

  record Leaf(@NotNull String name, String note) {}

  record Branch(@NotNull @Valid Leaf leaf, @Valid Leaf optionalLeaf) {}

  record Tree(
      @NotNull @Valid Branch branch,
      List<@NotNull @Valid Leaf> leaves,
      Set<@NotNull String> tags,
      Collection<@Valid Leaf> more,
      @NotNull List<String> plain) {}

  record Unconstrained(String a, List<String> b) {}

  /** Not a record and without any Bean Validation annotation: nothing for the provider to check. */
  static final class PlainHolder {
    final String value = null;
  }

  /** Not a record, with a constraint: the proof does not read classes. */
  static final class ConstrainedHolder {
    @NotNull final String value = "a";
  }

  @Target({ElementType.TYPE, ElementType.FIELD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = {})
  @NotNull
  @interface Required {
    String message() default "{org.laborcalc.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  interface Named {
    @NotNull
    String getName();
  }

  record WithSize(@NotNull @Size(max = 3) String name) {}

  record WithMin(@Min(1) int grade) {}

  record WithComposed(@Required String name) {}

  @Required
  record WithClassConstraint(String name) {}

  record WithOptional(@NotNull Optional<String> name) {}

  record WithMap(Map<String, @NotNull String> byKey) {}

  record WithArray(@NotNull String @NotNull [] names) {}

  record WithNested(List<List<@NotNull String>> rows) {}

  record WithRepeated(@NotNull.List({@NotNull, @NotNull}) String name) {}

  record WithLegacyCascade(@Valid List<Leaf> leaves) {}

  record WithHandWrittenAccessor(int grade) {
    @Override
    @Min(1)
    public int grade() {
      return grade;
    }
  }

  record WithInterfaceGetter(String name) implements Named {
    @Override
    public String getName() {
      return name;
    }
  }

  record WithUnsupportedBelow(@NotNull @Valid WithSize inner) {}

  private static Tree tree() {
    return new Tree(
        new Branch(new Leaf("a", null), null),
        List.of(new Leaf("b", "note")),
        Set.of("t"),
        List.of(new Leaf("c", null)),
        List.of());
  }

  @Test
  void aValidGraphOfNotNullRecordsIsProvedValidAndTheProviderAgrees() {
    assertThat(PROOF.provablyValid(tree())).isTrue();
    assertThat(PROOF.provablyValid(new Unconstrained(null, null))).isTrue();
    assertThat(PROOF.provablyValid(new PlainHolder())).isTrue();
    assertThat(BeanValidation.validate(tree())).isEmpty();
  }

  static Stream<Object> brokenBeans() {
    Tree t = tree();
    return Stream.of(
        new Leaf(null, "x"),
        new Branch(null, null),
        new Branch(new Leaf("a", null), new Leaf(null, null)),
        new Tree(new Branch(new Leaf(null, null), null), t.leaves(), t.tags(), t.more(), t.plain()),
        new Tree(
            t.branch(),
            java.util.Arrays.asList(new Leaf("b", null), null),
            t.tags(),
            null,
            t.plain()),
        new Tree(t.branch(), List.of(new Leaf(null, null)), t.tags(), null, t.plain()),
        new Tree(
            t.branch(),
            null,
            new java.util.HashSet<>(java.util.Arrays.asList("t", null)),
            null,
            t.plain()),
        new Tree(t.branch(), null, null, List.of(new Leaf(null, null)), t.plain()),
        new Tree(t.branch(), null, null, null, null));
  }

  /** A violation anywhere the proof looks: no proof, and the provider reports it. */
  @ParameterizedTest
  @MethodSource("brokenBeans")
  void aMissingValueIsNeverProvedValid(Object bean) {
    assertThat(PROOF.provablyValid(bean)).isFalse();
    assertThat(BeanValidation.validate(bean)).isNotEmpty();
  }

  static Stream<Object> validBeansTheProofCannotMirror() {
    return Stream.of(
        new WithSize("abc"),
        new WithMin(1),
        new WithComposed("a"),
        new WithClassConstraint("a"),
        new WithOptional(Optional.of("a")),
        new WithMap(Map.of("k", "v")),
        new WithArray(new String[] {"a"}),
        new WithNested(List.of(List.of("a"))),
        new WithRepeated("a"),
        new WithLegacyCascade(List.of(new Leaf("a", null))),
        new WithHandWrittenAccessor(1),
        new WithInterfaceGetter("a"),
        new WithUnsupportedBelow(new WithSize("a")),
        new ConstrainedHolder());
  }

  /** Valid, but with a constraint or a shape the proof does not mirror: the provider decides. */
  @ParameterizedTest
  @MethodSource("validBeansTheProofCannotMirror")
  void anyOtherConstraintOrShapeIsLeftToTheProvider(Object bean) {
    assertThat(PROOF.provablyValid(bean)).isFalse();
  }

  /** The provider finds what the proof would have missed in those shapes. */
  @Test
  void theProviderStillReportsWhatOnlyItCanSee() {
    assertThat(BeanValidation.validate(new WithSize("abcd")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "SIZE"));
    assertThat(BeanValidation.validate(new WithMin(0)))
        .extracting(Violation::path)
        .containsExactly("grade");
    assertThat(BeanValidation.validate(new WithUnsupportedBelow(new WithSize("abcd"))))
        .extracting(Violation::path)
        .containsExactly("inner.name");
  }

  /** A validation.xml may add constraints that no annotation shows: then nothing is proved. */
  @Test
  void withXmlMappingsNothingIsProved() {
    assertThat(new NotNullShortcut(false).provablyValid(tree())).isFalse();
  }

  /** Graphs deeper than the limit go to the provider (which tracks cycles). */
  @Test
  void aGraphDeeperThanTheLimitIsLeftToTheProvider() {
    record Node(@Valid Node next) {}
    Node n = null;
    for (int i = 0; i <= NotNullShortcut.MAX_DEPTH; i++) {
      n = new Node(n);
    }
    assertThat(PROOF.provablyValid(n)).isFalse();
    assertThat(PROOF.provablyValid(new Node(new Node(null)))).isTrue();
  }
}
