/** Legal instruments, citations to their articles, and verification labels. */
package org.laborcalc.law;
