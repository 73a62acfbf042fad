/**
 * The organisation as data: its parties (states, the secretariat, partners), their dated membership, and the
 * frameworks with who sits at each table at any date, imported from a versioned definition file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.mufakat.organisation;
