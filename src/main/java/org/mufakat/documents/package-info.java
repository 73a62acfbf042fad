/**
 * Outcome documents: one identity from the first draft through SOM, ministers and leaders to adoption, with
 * immutable versions of the text, amendments by delegations, positions towards consensus, decisions at each meeting
 * on the path and silence procedures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcome documents")
package org.mufakat.documents;
