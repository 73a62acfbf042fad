/**
 * What outlives a meeting: plans of action and work plans with their implementation, members' and chairs'
 * initiatives, the standing issues every meeting returns to, and the interventions heads of delegation make on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Long-running commitments")
package org.mufakat.commitments;
