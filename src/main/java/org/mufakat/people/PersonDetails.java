package org.mufakat.people;

import org.mufakat.organisation.PartyCode;
import org.mufakat.platform.domain.LocalizedText;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public record PersonDetails(PersonId id, String name, PartyCode party, List<DatedTitle> titles, long version) {

    public Optional<LocalizedText> titleAt(LocalDate date) {
        return titles.stream()
                .filter(title -> title.heldAt(date))
                .max(Comparator.comparing(title -> title.period().from() == null ? LocalDate.MIN : title.period().from()))
                .map(DatedTitle::title);
    }
}
