package org.mufakat.outputs;

import org.mufakat.meetings.MeetingCalendar;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/** A meeting's outcome list: what it adopted, noted, signed or issued, as far as the reader may see. */
@Service
public class MeetingOutcomes {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MeetingCalendar calendar;
    private final RecordedOutcomes recorded;

    MeetingOutcomes(MeetingCalendar calendar, RecordedOutcomes recorded) {
        this.calendar = calendar;
        this.recorded = recorded;
    }

    @Transactional(readOnly = true)
    public OutcomeList of(MeetingId id) {
        MeetingSummary meeting = calendar.summary(id).orElseThrow(() -> new NotFound("meeting", id));
        return new OutcomeList(meeting.title(), meeting.dates().startDate(), meeting.dates().endDate(), place(meeting), recorded.of(id));
    }

    /** "Vientiane, Laos" / "Viêng Chăn, Lào"; null for a meeting held online or of no recorded place. */
    static LocalizedText place(MeetingSummary meeting) {
        String countryEn = meeting.countryIso() == null ? null : Locale.of("", meeting.countryIso()).getDisplayCountry(Locale.ENGLISH);
        String countryVi = meeting.countryIso() == null ? null : Locale.of("", meeting.countryIso()).getDisplayCountry(VIETNAMESE);
        String cityEn = meeting.city() == null ? null : meeting.city().en();
        String cityVi = meeting.city() == null ? null : meeting.city().in(VIETNAMESE);
        return LocalizedText.optional(PrintLabels.joinedBy(", ", cityEn, countryEn), PrintLabels.joinedBy(", ", cityVi, countryVi));
    }
}
