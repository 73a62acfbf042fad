package org.mufakat.press.extraction;

import org.mufakat.press.DocumentCount;
import org.mufakat.press.Fact;
import org.mufakat.press.HeadOfDelegationFact;
import org.mufakat.press.MeetingFact;

import java.util.List;

/** What the extraction found in one cleaned text. */
public record Facts(List<MeetingFact> meetings, List<HeadOfDelegationFact> heads, Fact<String> chairCountry,
                    DocumentCount documentCount) {
}
