/**
 * People who take part in meetings (heads and members of delegations), with the titles they held over time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.mufakat.people;
