/**
 * The {@code laborcalc} command line ({@link org.laborcalc.cli.LaborCalcCli}): work-injury cases
 * from JSON files, validation, and the parameters in force.
 */
package org.laborcalc.cli;
