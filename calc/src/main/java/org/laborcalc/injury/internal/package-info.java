/**
 * The work-injury engine's internals, not exported: the facts of one case fixed before any rule
 * runs ({@link org.laborcalc.injury.internal.CaseContext}), the parameter look-ups with their
 * source notices ({@link org.laborcalc.injury.internal.Figures}), the draft line a rule returns
 * ({@link org.laborcalc.injury.internal.Draft}), the one liability pass ({@link
 * org.laborcalc.injury.internal.Liability}), the under-declared base split ({@link
 * org.laborcalc.injury.internal.UnderDeclaredBase}) and the engine that runs the rulebook ({@link
 * org.laborcalc.injury.internal.InjuryEngine}). The rules themselves, one class per provision, are
 * in {@code org.laborcalc.injury.internal.benefits}.
 */
package org.laborcalc.injury.internal;
