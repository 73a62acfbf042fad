package org.mufakat.people.web;

import org.mufakat.organisation.PartyCode;
import org.mufakat.people.DatedTitle;
import org.mufakat.people.PersonDetails;
import org.mufakat.people.PersonId;
import org.mufakat.people.PersonName;
import org.mufakat.people.RegisterPerson;
import org.mufakat.platform.domain.LocalizedText;
import org.mufakat.platform.domain.Period;
import org.mufakat.platform.domain.RuleViolation;

import static org.mufakat.platform.web.FormInput.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The person form: a name, a country and dated titles; blank title rows are ignored. */
public class PersonForm {

    static final int BLANK_ROWS = 2;

    private String name = "";
    private String party = "";
    private List<TitleRow> titles = new ArrayList<>();
    private Long version;

    static PersonForm of(PersonDetails person) {
        PersonForm form = new PersonForm();
        if (person != null) {
            form.name = person.name();
            form.party = person.party() == null ? "" : person.party().value();
            person.titles().forEach(t -> form.titles.add(TitleRow.of(t)));
            form.version = person.version();
        }
        form.padRows();
        return form;
    }

    void padRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            titles.add(new TitleRow());
        }
    }

    RegisterPerson toCommand(PersonId id) {
        var problems = new RuleViolation.Collector();
        PersonName personName = null;
        try {
            personName = new PersonName(name);
        } catch (RuleViolation violation) {
            problems.addAll(violation);
        }
        PartyCode partyCode = null;
        if (!party.isBlank()) {
            if (PartyCode.isValid(party)) {
                partyCode = PartyCode.of(party);
            } else {
                problems.add("party", "person.party.unknown", "There is no party " + party, party);
            }
        }
        List<DatedTitle> datedTitles = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            TitleRow row = titles.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "titles[" + i + "]";
            LocalDate from = date(row.from, field, problems);
            LocalDate to = date(row.to, field, problems);
            LocalizedText title = LocalizedText.optional(row.titleEn, row.titleVi);
            if (title == null) {
                problems.add(field, "person.title.required", "A title row needs the title");
                continue;
            }
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(field, "person.title.endsBeforeStart", "A title cannot end before it starts");
                continue;
            }
            datedTitles.add(new DatedTitle(new Period(from, to), title));
        }
        problems.throwIfAny();
        return new RegisterPerson(id, personName, partyCode, datedTitles, version);
    }


    public static class TitleRow {
        private String titleEn = "";
        private String titleVi = "";
        private String from = "";
        private String to = "";

        static TitleRow of(DatedTitle title) {
            TitleRow row = new TitleRow();
            row.titleEn = title.title().en();
            row.titleVi = title.title().vi() == null ? "" : title.title().vi();
            row.from = title.period().from() == null ? "" : title.period().from().toString();
            row.to = title.period().to() == null ? "" : title.period().to().toString();
            return row;
        }

        boolean isBlank() {
            return titleEn.isBlank() && titleVi.isBlank() && from.isBlank() && to.isBlank();
        }

        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String value) { titleEn = value == null ? "" : value; }
        public String getTitleVi() { return titleVi; }
        public void setTitleVi(String value) { titleVi = value == null ? "" : value; }
        public String getFrom() { return from; }
        public void setFrom(String value) { from = value == null ? "" : value; }
        public String getTo() { return to; }
        public void setTo(String value) { to = value == null ? "" : value; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party == null ? "" : party; }
    public List<TitleRow> getTitles() { return titles; }
    public void setTitles(List<TitleRow> titles) { this.titles = titles == null ? new ArrayList<>() : titles; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
