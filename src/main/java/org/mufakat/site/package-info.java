/**
 * The pages that compose what several modules know: the home page, chair years, countries and people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.mufakat.site;
