package org.mufakat.commitments.web;

import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.AdoptingDocument;
import org.mufakat.commitments.IssueTerms;
import org.mufakat.commitments.ReviseStandingIssue;
import org.mufakat.commitments.InitiativeId;
import org.mufakat.commitments.InitiativeOccasion;
import org.mufakat.commitments.InitiativeStatus;
import org.mufakat.commitments.IssueId;
import org.mufakat.commitments.OpenStandingIssue;
import org.mufakat.commitments.OutcomeReference;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanId;
import org.mufakat.commitments.ProposeInitiative;
import org.mufakat.commitments.RecordIntervention;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.commitments.ReportImplementation;
import org.mufakat.commitments.ReportStatus;
import org.mufakat.commitments.ReviseInitiative;
import org.mufakat.commitments.ReviseIntervention;
import org.mufakat.meetings.MeetingId;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.organisation.PartyCode;
import org.mufakat.people.PersonId;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;
import org.mufakat.platform.web.ApiInput;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The JSON bodies the commitments API accepts, each turned into its command; malformed values are 422s naming the field. */
final class CommitmentRequests {

    private CommitmentRequests() {
    }

    record AreaRequest(Integer number, String titleEn, String titleVi) {
    }

    record LineRequest(String code, String textEn, String textVi) {
    }

    record PlanRequest(String titleEn, String titleVi, String framework, Integer fromYear, Integer toYear, String adoptedBySymbol,
                       UUID adoptedByDocumentId, List<AreaRequest> areas, List<LineRequest> actionLines, Long version) {

        RecordPlan toCommand() {
            var problems = new RuleViolation.Collector();
            problems.check(fromYear != null, "fromYear", "plan.period.fromYear", "The first year is between 1967 and 2200");
            problems.check(toYear != null, "toYear", "plan.period.reversed", "Give the last year of the period");
            problems.throwIfAny();
            List<PlanArea> parsedAreas = areas == null ? List.of() : areas.stream().map(a -> ApiInput.valid("areas", "plan.area.malformed",
                    () -> new PlanArea(a.number() == null ? 0 : a.number(), LocalizedText.optional(a.titleEn(), a.titleVi())))).toList();
            List<ActionLine> parsedLines = actionLines == null ? List.of() : actionLines.stream().map(l -> ApiInput.valid("actionLines",
                    "plan.actionLine.malformed", () -> ActionLine.of(l.code(), LocalizedText.optional(l.textEn(), l.textVi())))).toList();
            return new RecordPlan(LocalizedText.optional(titleEn, titleVi), ApiInput.code("framework", framework, FrameworkCode::of),
                    fromYear, toYear, ApiInput.valid("adoptedBySymbol", "plan.adoptedBy.malformed",
                    () -> AdoptingDocument.optional(adoptedBySymbol, adoptedByDocumentId)), parsedAreas, parsedLines);
        }
    }

    record ReportRequest(Integer year, String party, String activityEn, String activityVi, List<String> actionLines, String status, Long version) {

        ReportImplementation toCommand(PlanId plan) {
            if (year == null) {
                throw RuleViolation.of("year", "implementation.year.unreadable", "Give the year as four digits");
            }
            return new ReportImplementation(plan, year, ApiInput.code("party", party, PartyCode::of),
                    LocalizedText.optional(activityEn, activityVi), actionLines == null ? null : new LinkedHashSet<>(actionLines),
                    parse("status", status, ReportStatus::valueOf));
        }
    }

    record ProposalRequest(String party, Integer area, Integer year, String titleEn, String titleVi) {
    }

    record ReviewRequest(UUID meeting, String noteEn, String noteVi) {
    }

    record OccasionRequest(LocalDate on, String status, UUID meeting, String eventEn, String eventVi, Long version) {

        InitiativeOccasion toOccasion() {
            InitiativeStatus parsed = parse("status", status, InitiativeStatus::valueOf);
            return ApiInput.valid("on", "initiative.occasion.incomplete", () -> new InitiativeOccasion(on, parsed,
                    meeting == null ? null : new MeetingId(meeting), LocalizedText.optional(eventEn, eventVi)));
        }
    }

    record InitiativeRequest(String titleEn, String titleVi, String descriptionEn, String descriptionVi, String proposer, Boolean byChair,
                             Integer year, OccasionRequest raised) {

        ProposeInitiative toCommand() {
            return new ProposeInitiative(LocalizedText.optional(titleEn, titleVi), LocalizedText.optional(descriptionEn, descriptionVi),
                    ApiInput.code("proposer", proposer, PartyCode::of), Boolean.TRUE.equals(byChair), year == null ? 0 : year,
                    raised == null ? null : raised.toOccasion());
        }
    }

    record SupportRequest(String party, UUID meeting) {
    }

    record IssueRequest(String code, String titleEn, String titleVi, String descriptionEn, String descriptionVi, List<String> terms,
                        Long version) {

        OpenStandingIssue toCommand() {
            return new OpenStandingIssue(code, LocalizedText.optional(titleEn, titleVi), LocalizedText.optional(descriptionEn, descriptionVi),
                    new IssueTerms(terms));
        }

        ReviseStandingIssue toRevision() {
            return new ReviseStandingIssue(LocalizedText.optional(titleEn, titleVi), LocalizedText.optional(descriptionEn, descriptionVi),
                    new IssueTerms(terms));
        }
    }

    record OutcomeRequest(LocalDate on, String document, String paragraph, UUID meeting, String textEn, String textVi, Long version) {

        OutcomeReference toReference() {
            return ApiInput.valid("document", "standingIssue.outcome.incomplete", () -> new OutcomeReference(on, document, paragraph,
                    meeting == null ? null : new MeetingId(meeting), LocalizedText.optional(textEn, textVi)));
        }
    }

    record AreaRefRequest(UUID plan, Integer area) {
    }

    record PointRequest(String textEn, String textVi, List<UUID> issues, List<UUID> initiatives, List<AreaRefRequest> areas) {
    }

    record InterventionRequest(UUID meeting, String party, UUID person, List<PointRequest> points) {

        RecordIntervention toCommand() {
            return new RecordIntervention(meeting == null ? null : new MeetingId(meeting), ApiInput.code("party", party, PartyCode::of),
                    person == null ? null : new PersonId(person), parsePoints(points));
        }
    }

    /** A statement as it should stand: {@code person} null when the report names nobody. */
    record InterventionRevisionRequest(UUID person, List<PointRequest> points, Long version) {

        ReviseIntervention toCommand() {
            return new ReviseIntervention(person == null ? null : new PersonId(person), parsePoints(points));
        }
    }

    /** An initiative's title, description, proposer and year as they should stand. */
    record InitiativeRevisionRequest(String titleEn, String titleVi, String descriptionEn, String descriptionVi, String proposer,
                                     Boolean byChair, Integer year, Long version) {

        ReviseInitiative toCommand() {
            return new ReviseInitiative(LocalizedText.optional(titleEn, titleVi), LocalizedText.optional(descriptionEn, descriptionVi),
                    ApiInput.code("proposer", proposer, PartyCode::of), Boolean.TRUE.equals(byChair), year == null ? 0 : year);
        }
    }

    private static List<RecordIntervention.Point> parsePoints(List<PointRequest> points) {
        return points == null ? null : points.stream().map(p -> new RecordIntervention.Point(
                LocalizedText.optional(p.textEn(), p.textVi()),
                p.issues() == null ? List.of() : p.issues().stream().map(IssueId::new).toList(),
                p.initiatives() == null ? List.of() : p.initiatives().stream().map(InitiativeId::new).toList(),
                p.areas() == null ? List.of() : p.areas().stream().map(a -> new RecordIntervention.AreaRef(
                        a.plan() == null ? null : new PlanId(a.plan()), a.area() == null ? 0 : a.area())).toList())).toList();
    }

    static <T> T parse(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(field, "commitments.value.unknown", "'" + value + "' is not one of the known values", value);
        }
    }
}
