/**
 * Demo data from the seed reports: loaded once on the first start of the embedded database, through the
 * modules' own APIs so that it obeys the same rules as any user's input.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.mufakat.demo;
