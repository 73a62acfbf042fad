package org.mufakat.organisation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.Optional;

/**
 * A parsed organisation definition file. This module reads its own sections (parties, membership,
 * frameworks); other modules read theirs (rotation, series) with {@link #section}, in their own types.
 */
public final class OrganisationDefinition {

    private final String version;
    private final String checksum;
    private final JsonNode root;
    private final ObjectMapper mapper;

    OrganisationDefinition(String version, String checksum, JsonNode root, ObjectMapper mapper) {
        this.version = version;
        this.checksum = checksum;
        this.root = root;
        this.mapper = mapper;
    }

    public String version() {
        return version;
    }

    public String checksum() {
        return checksum;
    }

    public String organisationCode() {
        return root.path("organisation").path("code").asString();
    }

    public <T> Optional<T> section(String name, Class<T> type) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(mapper.treeToValue(node, type));
    }
}
