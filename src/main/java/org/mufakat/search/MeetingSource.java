package org.mufakat.search;

import org.mufakat.meetings.DelegationDetails;
import org.mufakat.meetings.DelegationRegister;
import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingEvents;
import org.mufakat.meetings.MeetingFilter;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPage;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.organisation.Organisation;
import org.mufakat.organisation.Party;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonRevised;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Meetings in the index, one entry per language: the title, then series and framework, ordinals, dates, city and
 * country (names from the organisation's data, in that language), venue, chair, and who led and sat in each delegation.
 */
@Component
class MeetingSource implements SearchSource {

    static final List<String> LANGUAGES = List.of("en", "vi");
    /** The calendar lists at most a hundred years at once; these windows cover the years a record can hold. */
    private static final List<Integer> CENTURIES = List.of(1900, 2000, 2100);

    private final MeetingCalendar calendar;
    private final DelegationRegister delegations;
    private final Organisation organisation;
    private final MessageSource messages;
    private final IndexEntries index;

    MeetingSource(MeetingCalendar calendar, DelegationRegister delegations, Organisation organisation, MessageSource messages,
                  IndexEntries index) {
        this.calendar = calendar;
        this.delegations = delegations;
        this.organisation = organisation;
        this.messages = messages;
        this.index = index;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.MEETING;
    }

    @Override
    public List<String> refs() {
        List<String> refs = new ArrayList<>();
        for (int century : CENTURIES) {
            for (int page = 0; ; page++) {
                MeetingPage found = calendar.meetings(new MeetingFilter(LocalDate.of(century, 1, 1), LocalDate.of(century + 99, 12, 31),
                        null, null, null, null, page, MeetingFilter.MAX_SIZE));
                found.meetings().forEach(meeting -> refs.add(meeting.id().toString()));
                if (!found.hasMore()) {
                    break;
                }
            }
        }
        return refs;
    }

    @Override
    public List<IndexEntry> entries(String ref) {
        return calendar.meeting(MeetingId.parse(ref)).map(this::entries).orElse(List.of());
    }

    private List<IndexEntry> entries(MeetingDetails details) {
        MeetingSummary meeting = details.meeting();
        List<IndexEntry> entries = new ArrayList<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            List<String> parts = new ArrayList<>();
            calendar.series(meeting.series()).ifPresent(series -> parts.add(series.name().in(locale)));
            organisation.findFramework(meeting.framework()).ifPresent(framework ->
                    parts.add(framework.name().in(locale) + " (" + framework.shortName(locale) + ")"));
            if (meeting.ordinals() != null) {
                parts.add(label("search.body.ordinals", locale) + " " + String.join(", ",
                        meeting.ordinals().numbers().stream().map(String::valueOf).toList()));
            }
            parts.add(dates(meeting));
            List<String> place = new ArrayList<>();
            if (meeting.city() != null) {
                place.add(meeting.city().in(locale));
            }
            host(meeting.countryIso()).ifPresent(country -> place.add(names(country, locale)));
            if (meeting.venue() != null) {
                place.add(meeting.venue());
            }
            if (!place.isEmpty()) {
                parts.add(String.join(", ", place));
            }
            if (meeting.chair() != null) {
                parts.add(label("search.body.chair", locale) + " " + partyName(meeting.chair(), locale));
            }
            for (DelegationDetails delegation : details.delegations()) {
                parts.add(delegation(delegation, locale));
            }
            entries.add(new IndexEntry(SearchKind.MEETING, meeting.id().toString(), language, meeting.title().in(locale),
                    String.join(" · ", parts), "/meetings/" + meeting.id(), meeting.dates().startDate(),
                    Visibility.publicOf(meeting.framework(), meeting.dates().startDate())));
        }
        return entries;
    }

    private String delegation(DelegationDetails delegation, Locale locale) {
        StringBuilder text = new StringBuilder(partyName(delegation.party(), locale)).append(": ");
        List<String> people = new ArrayList<>();
        if (delegation.head() != null) {
            String title = delegation.head().title() == null ? null : delegation.head().title().in(locale);
            String head = delegation.headName() != null ? delegation.headName() + (title == null ? "" : ", " + title) : title;
            people.add(label("search.body.head", locale) + " " + Objects.requireNonNullElse(head, ""));
        }
        for (DelegationDetails.Member member : delegation.members()) {
            people.add(member.name() + (member.role() == null ? "" : ", " + member.role().in(locale)));
        }
        return text.append(String.join("; ", people)).toString();
    }

    private String dates(MeetingSummary meeting) {
        LocalDate start = meeting.dates().startDate();
        LocalDate end = meeting.dates().endDate();
        return start.equals(end) ? start.toString() : start + " – " + end;
    }

    private Optional<Party> host(String countryIso) {
        return countryIso == null ? Optional.empty()
                : organisation.parties().stream().filter(party -> countryIso.equals(party.countryIso())).findFirst();
    }

    /** "Laos (Lao PDR)", "Lào": the short name and, when it differs, the full one. */
    private static String names(Party party, Locale locale) {
        Set<String> names = new LinkedHashSet<>(List.of(party.shortName(locale), party.name(locale)));
        List<String> list = List.copyOf(names);
        return list.size() == 1 ? list.getFirst() : list.get(0) + " (" + list.get(1) + ")";
    }

    private String partyName(PartyCode code, Locale locale) {
        return organisation.findParty(code).map(party -> names(party, locale)).orElse(code.value());
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingScheduled event) {
        refresh(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingRescheduled event) {
        refresh(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingRevised event) {
        refresh(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MeetingStatusChanged event) {
        refresh(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingEvents.DelegationRegistered event) {
        refresh(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingEvents.HeadOfDelegationNamed event) {
        refresh(event.meeting());
    }

    /** A person's new name shows in the meetings whose delegations they led or sat in. */
    @ApplicationModuleListener
    void on(PersonRevised event) {
        delegations.appearancesOf(event.person()).stream().map(DelegationRegister.Appearance::meeting).distinct()
                .forEach(this::refresh);
    }

    private void refresh(MeetingId meeting) {
        index.replace(kind(), meeting.toString(), entries(meeting.toString()));
    }
}
