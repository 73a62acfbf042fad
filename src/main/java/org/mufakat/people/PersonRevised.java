package org.mufakat.people;

public record PersonRevised(PersonId person) {
}
