package org.mufakat.demo;

import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.LeadCapacity;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/*.yaml}. People, bundles and meetings have keys that later entries refer to. */
record DemoDataFile(int version, List<ChairYearEntry> chairYears, List<PersonEntry> people, List<BundleEntry> bundles,
                    List<MeetingEntry> meetings, List<DelegationEntry> delegations, List<BilateralEntry> bilaterals,
                    List<AccountEntry> accounts) {

    DemoDataFile {
        chairYears = chairYears == null ? List.of() : chairYears;
        people = people == null ? List.of() : people;
        bundles = bundles == null ? List.of() : bundles;
        meetings = meetings == null ? List.of() : meetings;
        delegations = delegations == null ? List.of() : delegations;
        bilaterals = bilaterals == null ? List.of() : bilaterals;
        accounts = accounts == null ? List.of() : accounts;
    }

    record AccountEntry(String username, String name, String password, List<String> grants) {
    }

    record ChairYearEntry(int year, String chair, LocalizedText theme, List<PriorityEntry> priorities,
                          List<InitiativeEntry> initiatives) {
    }

    record PriorityEntry(LocalizedText cluster, LocalizedText text) {
    }

    record InitiativeEntry(LocalizedText title, LocalizedText description) {
    }

    record PersonEntry(String key, String name, String party, List<TitleEntry> titles) {
    }

    record TitleEntry(LocalDate from, LocalDate to, LocalizedText title) {
    }

    record BundleEntry(String key, LocalizedText title) {
    }

    record MeetingEntry(String key, String series, String framework, String ordinals, LocalDate start, LocalDate end,
                        MeetingFormat format, LocalizedText city, String country, String venue, MeetingStatus status,
                        String bundle, List<String> prepares) {
    }

    record DelegationEntry(String meeting, String party, String head, LeadCapacity capacity, String authorisedBy,
                           LocalizedText headTitle) {
    }

    record BilateralEntry(String meeting, LocalDate heldOn, String party, String person, String counterpart,
                          String counterpartPerson, LocalizedText subject) {
    }
}
