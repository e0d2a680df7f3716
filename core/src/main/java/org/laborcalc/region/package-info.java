/** Administrative divisions (GB/T 2260) and their hierarchy: nation, province, prefecture. */
package org.laborcalc.region;
