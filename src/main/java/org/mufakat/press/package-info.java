/**
 * Press intake: reads news reports on the meeting cycle, in Vietnamese or English, plain text or HTML, into proposed
 * facts (meetings, heads of delegation, chair, document counts), each with the sentence that supports it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Press intake")
package org.mufakat.press;
