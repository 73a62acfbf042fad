/**
 * ASEAN's relations with its dialogue partners (dated levels, anniversaries), the country coordinators computed by
 * the rotation rule with recorded departures, and candidates' roadmaps to membership up to their admission.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relations")
package org.mufakat.relations;
