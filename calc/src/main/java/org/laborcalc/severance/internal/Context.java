package org.laborcalc.severance.internal;

import org.laborcalc.employment.ServiceLength;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.WageBasis;

/**
 * What every rule reads: the case, the options, the service (with the suspensions the region's law
 * leaves out of it) and the wage of art. 47 (null when no line needs it). Immutable.
 */
record Context(
    SeveranceCase c,
    SeveranceOptions options,
    ServiceLength service,
    Suspensions.Applied suspensions,
    WageBasis wage,
    Figures figures) {}
