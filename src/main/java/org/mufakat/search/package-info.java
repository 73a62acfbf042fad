/**
 * Search across meetings, people and (as their modules publish them) documents and reports: a read model of index
 * entries fed by the other modules' events, queried ignoring case and diacritics, ranked, filtered by the access
 * policy before anything is counted, with the matched words highlighted in the original text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.mufakat.search;
