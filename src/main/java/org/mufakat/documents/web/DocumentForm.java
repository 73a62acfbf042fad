package org.mufakat.documents.web;

import org.mufakat.documents.Classification;
import org.mufakat.documents.DocumentId;
import org.mufakat.documents.DocumentKind;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.RegisterDocument;
import org.mufakat.documents.ReviseDocumentRecord;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The register form as the browser sends it: text, parsed into a {@link RegisterDocument} with a message per bad field;
 * also the form revising the record, whose shared fields are read the same way into a {@link ReviseDocumentRecord}.
 */
class DocumentForm {

    private String kind = "";
    private String framework = "ASEAN";
    private String titleEn = "";
    private String titleVi = "";
    private String lead = "";
    private String classification = "RESTRICTED";
    private boolean flexibleParticipation;
    private List<String> path = new ArrayList<>();
    private String text = "";
    private String year = "";
    private String version = "";

    RegisterDocument toCommand() {
        var problems = new RuleViolation.Collector();
        DocumentKind parsedKind = parse(kind, DocumentKind.class, "kind", "document.kind.required", "Choose the kind of document", problems);
        FrameworkCode parsedFramework = null;
        if (FrameworkCode.isValid(framework)) {
            parsedFramework = FrameworkCode.of(framework);
        } else {
            problems.add("framework", "document.framework.required", "Choose the framework");
        }
        Record record = record(problems);
        return new RegisterDocument(parsedKind, parsedFramework, record.title(), record.lead(), record.classification(),
                flexibleParticipation, record.path(), text, null);
    }

    /** The record's revision, edited from the record's {@code version} as the form carried it. */
    ReviseDocumentRecord toRevision(DocumentId document) {
        var problems = new RuleViolation.Collector();
        long edited = 0;
        try {
            edited = Long.parseLong(version.strip());
        } catch (RuntimeException e) {
            problems.add("version", "input.malformed", "This value cannot be read");
        }
        Record record = record(problems);
        return new ReviseDocumentRecord(document, edited, record.title(), record.lead(), record.classification(), record.path());
    }

    private record Record(LocalizedText title, PartyCode lead, Classification classification, List<MeetingId> path) {
    }

    /** The fields registration and revision share, each read or given a message. */
    private Record record(RuleViolation.Collector problems) {
        Classification parsedClassification = parse(classification, Classification.class, "classification",
                "document.classification.required", "Say whether it is public or restricted", problems);
        PartyCode parsedLead = null;
        if (lead != null && !lead.isBlank()) {
            if (PartyCode.isValid(lead)) {
                parsedLead = PartyCode.of(lead);
            } else {
                problems.add("lead", "input.code.malformed", "'" + lead + "' is not a valid code", lead);
            }
        }
        List<MeetingId> meetings = new ArrayList<>();
        for (String id : path) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                meetings.add(new MeetingId(UUID.fromString(id.strip())));
            } catch (IllegalArgumentException e) {
                problems.add("path", "document.path.unknown", "A meeting on the path does not exist");
            }
        }
        problems.throwIfAny();
        return new Record(LocalizedText.optional(titleEn, titleVi), parsedLead, parsedClassification, meetings);
    }

    /** The form filled with the record as it stands, for revising it. */
    static DocumentForm of(DocumentView document) {
        DocumentForm form = new DocumentForm();
        form.kind = document.kind().name();
        form.framework = document.framework().value();
        form.titleEn = document.title().en();
        form.titleVi = document.title().vi() == null ? "" : document.title().vi();
        form.lead = document.lead() == null ? "" : document.lead().value();
        form.classification = document.classification().name();
        form.flexibleParticipation = document.flexibleParticipation();
        form.path = new ArrayList<>(document.path().stream().map(MeetingId::toString).toList());
        form.year = String.valueOf(document.year());
        form.version = String.valueOf(document.version());
        return form;
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type, String field, String code, String message,
                                                RuleViolation.Collector problems) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(field, code, message);
            return null;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public boolean isFlexibleParticipation() {
        return flexibleParticipation;
    }

    public void setFlexibleParticipation(boolean flexibleParticipation) {
        this.flexibleParticipation = flexibleParticipation;
    }

    public List<String> getPath() {
        return path;
    }

    public void setPath(List<String> path) {
        this.path = path == null ? new ArrayList<>() : path;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
