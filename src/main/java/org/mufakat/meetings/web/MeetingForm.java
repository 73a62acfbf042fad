package org.mufakat.meetings.web;

import org.mufakat.meetings.BundleId;
import org.mufakat.meetings.MeetingDates;
import org.mufakat.meetings.MeetingDetails;
import org.mufakat.meetings.MeetingFormat;
import org.mufakat.meetings.MeetingId;
import org.mufakat.meetings.MeetingPlan;
import org.mufakat.meetings.MeetingStatus;
import org.mufakat.meetings.MeetingSummary;
import org.mufakat.meetings.Ordinals;
import org.mufakat.meetings.SeriesCode;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import static org.mufakat.platform.web.FormInput.blankToNull;
import static org.mufakat.platform.web.FormInput.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The meeting form as the browser sends it: text, parsed into a {@link MeetingPlan} with a message per bad field. */
class MeetingForm {

    private String series = "";
    private String framework = "";
    private String ordinals = "";
    private String titleEn = "";
    private String titleVi = "";
    private String startDate = "";
    private String endDate = "";
    private String timeZone = "";
    private String format = "IN_PERSON";
    private String cityEn = "";
    private String cityVi = "";
    private String country = "";
    private String venue = "";
    private String chair = "";
    private String status = "PLANNED";
    private String bundle = "";
    private List<String> prepares = new ArrayList<>();
    private Long version;

    static MeetingForm of(MeetingDetails details) {
        MeetingSummary m = details.meeting();
        MeetingForm form = new MeetingForm();
        form.series = m.series().value();
        form.framework = m.framework().value();
        form.ordinals = m.ordinals() == null ? "" : m.ordinals().toString();
        form.overrideTitle(details.titleOverride());
        form.startDate = m.dates().startDate().toString();
        form.endDate = m.dates().endDate().toString();
        form.timeZone = m.timeZone().getId();
        form.format = m.format().name();
        form.cityEn = m.city() == null ? "" : m.city().en();
        form.cityVi = m.city() == null || m.city().vi() == null ? "" : m.city().vi();
        form.country = m.countryIso() == null ? "" : m.countryIso();
        form.venue = m.venue() == null ? "" : m.venue();
        form.chair = details.chairFromChairYear() || m.chair() == null ? "" : m.chair().value();
        form.status = m.status().name();
        form.bundle = m.bundle() == null ? "" : m.bundle().toString();
        form.prepares = details.prepares().stream().map(p -> p.id().toString()).toList();
        form.version = m.version();
        return form;
    }

    private void overrideTitle(LocalizedText override) {
        titleEn = override == null ? "" : override.en();
        titleVi = override == null || override.vi() == null ? "" : override.vi();
    }

    MeetingPlan toPlan() {
        var problems = new RuleViolation.Collector();
        SeriesCode seriesCode = null;
        if (series.isBlank()) {
            problems.add("series", "meeting.series.required", "Choose the meeting's series");
        } else {
            seriesCode = new SeriesCode(series);
        }
        FrameworkCode frameworkCode = null;
        if (!framework.isBlank()) {
            if (FrameworkCode.isValid(framework)) {
                frameworkCode = FrameworkCode.of(framework);
            } else {
                problems.add("framework", "meeting.framework.unknown", "There is no framework " + framework, framework);
            }
        }
        Ordinals parsedOrdinals = attempt(problems, () -> Ordinals.parse(ordinals));
        LocalDate start = date(startDate, "startDate", problems);
        LocalDate end = endDate.isBlank() ? start : date(endDate, "endDate", problems);
        if (start == null && startDate.isBlank()) {
            problems.add("startDate", "meeting.dates.startRequired", "A meeting needs a start date");
        }
        MeetingDates dates = start == null ? null : attempt(problems, () -> new MeetingDates(start, end));
        MeetingFormat meetingFormat = enumValue(MeetingFormat.class, format, "format", problems);
        MeetingStatus meetingStatus = enumValue(MeetingStatus.class, status, "status", problems);
        PartyCode chairCode = null;
        if (!chair.isBlank()) {
            if (PartyCode.isValid(chair)) {
                chairCode = PartyCode.of(chair);
            } else {
                problems.add("chair", "meeting.chair.unknown", "There is no party " + chair, chair);
            }
        }
        BundleId bundleId = null;
        if (!bundle.isBlank()) {
            try {
                bundleId = new BundleId(UUID.fromString(bundle));
            } catch (IllegalArgumentException e) {
                problems.add("bundle", "meeting.bundle.unknown", "There is no such bundle");
            }
        }
        Set<MeetingId> prepared = new LinkedHashSet<>();
        for (String id : prepares) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                prepared.add(MeetingId.parse(id));
            } catch (IllegalArgumentException e) {
                problems.add("prepares", "meeting.prepares.unknown", "A meeting it prepares does not exist");
            }
        }
        problems.throwIfAny();
        return new MeetingPlan(seriesCode, frameworkCode, parsedOrdinals,
                LocalizedText.optional(titleEn, titleVi), dates, blankToNull(timeZone), meetingFormat,
                LocalizedText.optional(cityEn, cityVi), blankToNull(country), blankToNull(venue), chairCode, meetingStatus,
                bundleId, prepared);
    }


    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, RuleViolation.Collector problems) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(field, "form.choice.invalid", "Choose one of the offered values");
            return null;
        }
    }

    private static <T> T attempt(RuleViolation.Collector problems, java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (RuleViolation violation) {
            problems.addAll(violation);
            return null;
        }
    }


    // Accessors for Spring's data binding and the template.
    public String getSeries() { return series; }
    public void setSeries(String series) { this.series = nonNull(series); }
    public String getFramework() { return framework; }
    public void setFramework(String framework) { this.framework = nonNull(framework); }
    public String getOrdinals() { return ordinals; }
    public void setOrdinals(String ordinals) { this.ordinals = nonNull(ordinals); }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = nonNull(titleEn); }
    public String getTitleVi() { return titleVi; }
    public void setTitleVi(String titleVi) { this.titleVi = nonNull(titleVi); }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = nonNull(startDate); }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = nonNull(endDate); }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = nonNull(timeZone); }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = nonNull(format); }
    public String getCityEn() { return cityEn; }
    public void setCityEn(String cityEn) { this.cityEn = nonNull(cityEn); }
    public String getCityVi() { return cityVi; }
    public void setCityVi(String cityVi) { this.cityVi = nonNull(cityVi); }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = nonNull(country); }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = nonNull(venue); }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = nonNull(chair); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = nonNull(status); }
    public String getBundle() { return bundle; }
    public void setBundle(String bundle) { this.bundle = nonNull(bundle); }
    public List<String> getPrepares() { return prepares; }
    public void setPrepares(List<String> prepares) { this.prepares = prepares == null ? new ArrayList<>() : prepares; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
