/**
 * Who may sign in, and what each may see and change: accounts, scoped roles, API tokens, and the one access
 * policy every page, API call and feed asks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.mufakat.access;
