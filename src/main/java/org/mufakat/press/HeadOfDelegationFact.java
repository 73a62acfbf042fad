package org.mufakat.press;

/**
 * A person the report says led a delegation ({@code role} "led_delegation") or chaired the meeting ("chair"),
 * with the title as written and the country (short English name) when the report says it.
 */
public record HeadOfDelegationFact(String name, String title, String country, String role, Span span) {
}
