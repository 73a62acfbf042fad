package org.mufakat.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mufakat.people.DatedTitle;
import org.mufakat.people.PersonId;
import org.mufakat.people.PersonName;
import org.mufakat.people.RegisterPerson;
import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.Period;
import org.mufakat.platform.web.ApiInput;
import org.mufakat.platform.web.Bilingual;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A person as written in the record.
 *
 * @param name    diacritics and all ("Đỗ Hùng Việt")
 * @param version on PUT, the version edited (or send it as If-Match)
 */
record PersonRequest(@Schema(example = "Đỗ Hùng Việt") String name, @Schema(example = "VNM") String party,
                     List<PersonJson.TitleJson> titles, Long version) {

    RegisterPerson toCommand(PersonId id, Long editedVersion) {
        return new RegisterPerson(id, new PersonName(name), ApiInput.code("party", party, PartyCode::of), datedTitles(), editedVersion);
    }

    private List<DatedTitle> datedTitles() {
        return titles == null ? null : IntStream.range(0, titles.size())
                .mapToObj(i -> ApiInput.valid("titles[" + i + "]", "person.title.invalid", () -> {
                    PersonJson.TitleJson title = titles.get(i);
                    if (title == null) {
                        throw new IllegalArgumentException("A title needs a text");
                    }
                    return new DatedTitle(new Period(title.from(), title.to()), Bilingual.toText(title.title()));
                }))
                .toList();
    }
}
