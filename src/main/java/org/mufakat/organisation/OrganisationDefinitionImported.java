package org.mufakat.organisation;

/**
 * A new version of the organisation definition was imported. Published inside the import's transaction so
 * that modules owning other sections of the file store them atomically with it.
 */
public record OrganisationDefinitionImported(OrganisationDefinition definition) {
}
