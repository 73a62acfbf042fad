package org.mufakat.feeds;

import org.mufakat.meetings.MeetingFilter;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

/**
 * What a feed lists: all meetings, a framework's (or a family's), or those a party's delegation attends.
 *
 * @param key       the subject in file names and entity tags: "all", "framework:EAS", "country:VNM"
 * @param framework a framework code or family, as {@link MeetingFilter#framework()} takes it; null for any
 * @param country   the party whose meetings are listed; null for any
 */
record FeedSubject(String key, String fileName, LocalizedText name, LocalizedText description, String framework,
                   PartyCode country) {

    MeetingFilter filter(FeedWindow window, int page) {
        return new MeetingFilter(window.from(), window.to(), framework, null, country, null, page, MeetingFilter.MAX_SIZE);
    }
}
