package org.mufakat.feeds;

import org.mufakat.meetings.Level;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.platform.domain.LocalizedText;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The feeds' own words, in English and Vietnamese. */
final class FeedWording {

    static final LocalizedText ONLINE = LocalizedText.of("Online", "Trực tuyến");
    static final LocalizedText AND_ONLINE = LocalizedText.of("and online", "và trực tuyến");
    static final LocalizedText SERIES = LocalizedText.of("Series", "Chuỗi hội nghị");
    static final LocalizedText FRAMEWORK = LocalizedText.of("Framework", "Khuôn khổ");
    static final LocalizedText CHAIR = LocalizedText.of("Chair", "Chủ tịch");
    static final LocalizedText FORMAT = LocalizedText.of("Format", "Hình thức");
    static final LocalizedText STATUS = LocalizedText.of("Status", "Tình trạng");
    static final LocalizedText TIME_ZONE = LocalizedText.of("Time zone", "Múi giờ");
    static final LocalizedText LOCAL_DAYS = LocalizedText.of("the dates are local days at the venue",
            "ngày họp tính theo giờ địa phương nơi họp");
    static final LocalizedText MORE = LocalizedText.of("More", "Chi tiết");
    static final LocalizedText ALL_MEETINGS = LocalizedText.of("All meetings", "Tất cả các hội nghị");

    private static final Map<MeetingStatus, LocalizedText> STATUSES = new EnumMap<>(Map.of(
            MeetingStatus.PLANNED, LocalizedText.of("Planned", "Dự kiến"),
            MeetingStatus.CONFIRMED, LocalizedText.of("Confirmed", "Đã xác nhận"),
            MeetingStatus.HELD, LocalizedText.of("Held", "Đã diễn ra"),
            MeetingStatus.POSTPONED, LocalizedText.of("Postponed", "Hoãn"),
            MeetingStatus.CANCELLED, LocalizedText.of("Cancelled", "Đã hủy")));

    private static final Map<MeetingFormat, LocalizedText> FORMATS = new EnumMap<>(Map.of(
            MeetingFormat.IN_PERSON, LocalizedText.of("In person", "Trực tiếp"),
            MeetingFormat.ONLINE, LocalizedText.of("Online", "Trực tuyến"),
            MeetingFormat.HYBRID, LocalizedText.of("In person and online", "Trực tiếp kết hợp trực tuyến")));

    private static final Map<Level, LocalizedText> LEVELS = new EnumMap<>(Map.of(
            Level.LEADERS, LocalizedText.of("Leaders", "Cấp cao"),
            Level.MINISTERS, LocalizedText.of("Ministers", "Cấp Bộ trưởng"),
            Level.SENIOR_OFFICIALS, LocalizedText.of("Senior officials", "Quan chức cao cấp"),
            Level.WORKING, LocalizedText.of("Working level", "Cấp làm việc")));

    private FeedWording() {
    }

    static String status(MeetingStatus status, Locale language) {
        return STATUSES.get(status).in(language);
    }

    static String format(MeetingFormat format, Locale language) {
        return FORMATS.get(format).in(language);
    }

    static String level(Level level, Locale language) {
        return LEVELS.get(level).in(language);
    }

    static LocalizedText meetingsOfFramework(LocalizedText name, String code) {
        String en = name.en().equals(code) ? name.en() : name.en() + " (" + code + ")";
        String vi = name.in("vi").equals(code) ? name.in("vi") : name.in("vi") + " (" + code + ")";
        return LocalizedText.of("Meetings in the framework " + en, "Các hội nghị trong khuôn khổ " + vi);
    }

    static LocalizedText meetingsOfFamily(String family) {
        return LocalizedText.of("Meetings in the " + family + " frameworks", "Các hội nghị trong các khuôn khổ " + family);
    }

    static LocalizedText meetingsAttendedBy(LocalizedText party) {
        return LocalizedText.of("Meetings that the delegation of " + party.en() + " attends",
                "Các hội nghị có đoàn " + party.in("vi") + " tham dự");
    }

    static LocalizedText allMeetingsOf(LocalizedText organisation) {
        return LocalizedText.of("All meetings of the " + organisation.en(), "Tất cả các hội nghị của " + organisation.in("vi"));
    }

    static LocalizedText window(String from, String to) {
        return LocalizedText.of("From " + from + " to " + to + ", published by Mufakat.",
                "Từ " + from + " đến " + to + ", do Mufakat công bố.");
    }
}
