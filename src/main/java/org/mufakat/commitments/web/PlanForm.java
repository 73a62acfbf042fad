package org.mufakat.commitments.web;

import org.mufakat.commitments.ActionLine;
import org.mufakat.commitments.AdoptingDocument;
import org.mufakat.commitments.PlanArea;
import org.mufakat.commitments.PlanDetails;
import org.mufakat.commitments.RecordPlan;
import org.mufakat.organisation.FrameworkCode;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan form, all text. Areas and action lines are one outline, a line each, as plans of action print them
 * ("5. Maritime cooperation", "5.1 Promote ..."), English and Vietnamese separated by " | ": a secretariat officer
 * pastes a plan's 16 areas and their lines from the adopted text and corrects it in place, which repeated fieldsets
 * (two inputs and a button per line, a hundred lines) would not let them do. Unreadable lines are refused by number.
 */
public class PlanForm {

    private static final Pattern AREA = Pattern.compile("(\\d{1,3})\\.?\\s+(.+)");
    private static final Pattern LINE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){1,3})\\.?\\s+(.+)");
    private static final String LANGUAGES = " | ";

    private String titleEn = "";
    private String titleVi = "";
    private String framework = "";
    private String fromYear = "";
    private String toYear = "";
    private String adoptedBy = "";
    private String outline = "";
    private Long version;

    static PlanForm of(PlanDetails details) {
        PlanForm form = new PlanForm();
        var plan = details.plan();
        form.titleEn = plan.title().en();
        form.titleVi = plan.title().vi() == null ? "" : plan.title().vi();
        form.framework = plan.framework().value();
        form.fromYear = String.valueOf(plan.fromYear());
        form.toYear = String.valueOf(plan.toYear());
        form.adoptedBy = plan.adoptedBy() == null || plan.adoptedBy().symbol() == null ? "" : plan.adoptedBy().symbol();
        StringBuilder text = new StringBuilder();
        for (PlanArea area : details.areas()) {
            text.append(area.number()).append(". ").append(bilingual(area.title())).append('\n');
            details.actionLines().stream().filter(l -> l.areaNumber() == area.number())
                    .forEach(l -> text.append(l.code()).append(' ').append(bilingual(l.text())).append('\n'));
        }
        form.outline = text.toString();
        form.version = plan.version();
        return form;
    }

    /** The command; {@code existing} is the plan's adopting document, whose id is kept while its symbol stays. */
    RecordPlan toCommand(AdoptingDocument existing) {
        var problems = new RuleViolation.Collector();
        Integer from = year(fromYear, "fromYear", problems);
        Integer to = year(toYear, "toYear", problems);
        FrameworkCode code = null;
        if (!framework.isBlank()) {
            if (FrameworkCode.isValid(framework.strip())) {
                code = FrameworkCode.of(framework.strip());
            } else {
                problems.add("framework", "plan.framework.unknown", "There is no framework " + framework, framework);
            }
        }
        List<PlanArea> areas = new ArrayList<>();
        List<ActionLine> lines = new ArrayList<>();
        String[] rows = outline.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            int number = i + 1;
            Matcher line = LINE.matcher(row);
            Matcher area = AREA.matcher(row);
            try {
                if (line.matches()) {
                    lines.add(ActionLine.of(line.group(1), text(line.group(2))));
                } else if (area.matches()) {
                    areas.add(new PlanArea(Integer.parseInt(area.group(1)), text(area.group(2))));
                } else {
                    problems.add("outline", "plan.outline.unreadable", "Line " + number + " is neither an area (\"5. Title\") nor an action line "
                            + "(\"5.1 Text\"): " + row, number, row);
                }
            } catch (IllegalArgumentException e) {
                problems.add("outline", "plan.outline.numbering", "Line " + number + ": areas are numbered 1 to 99 and action lines like "
                        + "5.1 or 5.1.2 (\"" + row + "\")", number, row);
            }
        }
        String symbol = adoptedBy.strip();
        if (symbol.length() > 300) {
            problems.add("adoptedBy", "plan.adoptedBy.malformed", "A document reference has at most 300 characters");
        }
        problems.throwIfAny();
        AdoptingDocument document = AdoptingDocument.optional(symbol,
                existing != null && symbol.equals(existing.symbol()) ? existing.documentId() : null);
        return new RecordPlan(LocalizedText.optional(titleEn, titleVi), code, from, to, document, areas, lines);
    }

    private static Integer year(String value, String field, RuleViolation.Collector problems) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "plan.year.unreadable", "Give the year as four digits");
            return null;
        }
    }

    private static LocalizedText text(String written) {
        int split = written.indexOf(LANGUAGES);
        return split < 0 ? LocalizedText.optional(written, null)
                : LocalizedText.optional(written.substring(0, split), written.substring(split + LANGUAGES.length()));
    }

    private static String bilingual(LocalizedText text) {
        return text.vi() == null || text.vi().isBlank() ? text.en() : text.en() + LANGUAGES + text.vi();
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn == null ? "" : titleEn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi == null ? "" : titleVi;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework == null ? "" : framework;
    }

    public String getFromYear() {
        return fromYear;
    }

    public void setFromYear(String fromYear) {
        this.fromYear = fromYear == null ? "" : fromYear;
    }

    public String getToYear() {
        return toYear;
    }

    public void setToYear(String toYear) {
        this.toYear = toYear == null ? "" : toYear;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public void setAdoptedBy(String adoptedBy) {
        this.adoptedBy = adoptedBy == null ? "" : adoptedBy;
    }

    public String getOutline() {
        return outline;
    }

    public void setOutline(String outline) {
        this.outline = outline == null ? "" : outline;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
