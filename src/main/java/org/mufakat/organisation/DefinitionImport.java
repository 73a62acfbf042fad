package org.mufakat.organisation;

import org.mufakat.organisation.DefinitionSections.FrameworkEntry;
import org.mufakat.organisation.DefinitionSections.MembershipEntry;
import org.mufakat.organisation.DefinitionSections.OrganisationEntry;
import org.mufakat.organisation.DefinitionSections.PartyEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.DigestUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports the organisation definition file at start-up when its version is not the one already imported,
 * in one transaction together with the sections other modules own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefinitionImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefinitionImport.class);

    private final Resource file;
    private final ReferenceData referenceData;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    DefinitionImport(@Value("${mufakat.organisation.definition:classpath:organisations/asean.yaml}") Resource file,
                     ReferenceData referenceData, Organisation organisation, ApplicationEventPublisher events,
                     TransactionTemplate transaction, Clock clock) {
        this.file = file;
        this.referenceData = referenceData;
        this.organisation = organisation;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        importIfNew();
    }

    void importIfNew() {
        OrganisationDefinition definition = read();
        OrganisationEntry info = definition.section("organisation", OrganisationEntry.class)
                .orElseThrow(() -> invalid("it has no 'organisation' section"));
        String imported = referenceData.importedVersion(info.code()).orElse(null);
        if (definition.version().equals(imported)) {
            log.debug("Organisation definition {} version {} already imported", info.code(), imported);
            organisation.reload();
            return;
        }
        List<PartyEntry> parties = list(definition, "parties", PartyEntry[].class);
        List<MembershipEntry> membership = list(definition, "membership", MembershipEntry[].class);
        List<FrameworkEntry> frameworks = list(definition, "frameworks", FrameworkEntry[].class);
        validate(info, parties, membership, frameworks);
        transaction.executeWithoutResult(status -> {
            referenceData.store(definition, info, parties, membership, frameworks, clock.instant());
            organisation.reload();
            events.publishEvent(new OrganisationDefinitionImported(definition));
        });
        log.info("Imported organisation definition {} version {} (was {})", info.code(), definition.version(), imported);
    }

    private OrganisationDefinition read() {
        try (var in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            JsonNode root = yaml.readTree(bytes);
            String version = root.path("version").asString(null);
            if (version == null || version.isBlank()) {
                throw invalid("it has no 'version'");
            }
            return new OrganisationDefinition(version, DigestUtils.md5DigestAsHex(bytes), root, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the organisation definition " + file, e);
        }
    }

    private static <T> List<T> list(OrganisationDefinition definition, String section, Class<T[]> type) {
        return definition.section(section, type).map(Arrays::asList).orElse(List.of());
    }

    private void validate(OrganisationEntry info, List<PartyEntry> parties, List<MembershipEntry> membership,
                          List<FrameworkEntry> frameworks) {
        List<String> problems = new ArrayList<>();
        zone(info.timeZone(), "organisation", problems);
        Set<String> codes = new HashSet<>();
        for (PartyEntry party : parties) {
            if (!PartyCode.isValid(party.code()) || !codes.add(party.code())) {
                problems.add("party code '" + party.code() + "' is malformed or repeated");
            }
            if (party.kind() == null || party.name() == null) {
                problems.add("party " + party.code() + " needs a kind and a name");
            }
            zone(party.timeZone(), "party " + party.code(), problems);
        }
        membership.forEach(entry -> checkMembership(entry, "membership", codes, problems));
        Set<String> frameworkCodes = new HashSet<>();
        for (FrameworkEntry framework : frameworks) {
            if (!FrameworkCode.isValid(framework.code()) || !frameworkCodes.add(framework.code())) {
                problems.add("framework code '" + framework.code() + "' is malformed or repeated");
            }
            if (framework.family() == null || framework.name() == null) {
                problems.add("framework " + framework.code() + " needs a family and a name");
            }
            if (framework.partner() != null && !codes.contains(framework.partner())) {
                problems.add("framework " + framework.code() + " names an unknown partner " + framework.partner());
            }
            framework.participants().forEach(seat -> checkMembership(seat, "framework " + framework.code(), codes, problems));
        }
        if (!problems.isEmpty()) {
            throw invalid(String.join("; ", problems));
        }
    }

    private static void checkMembership(MembershipEntry entry, String where, Set<String> parties, List<String> problems) {
        if (!parties.contains(entry.party())) {
            problems.add(where + " names an unknown party " + entry.party());
        }
        if (entry.role() == null) {
            problems.add(where + " entry for " + entry.party() + " has no role");
        }
        if (entry.from() != null && entry.to() != null && entry.to().isBefore(entry.from())) {
            problems.add(where + " entry for " + entry.party() + " ends before it starts");
        }
    }

    private static void zone(String zone, String where, List<String> problems) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add(where + " has no valid time zone (" + zone + ")");
        }
    }

    private IllegalStateException invalid(String why) {
        return new IllegalStateException("The organisation definition " + file + " is invalid: " + why);
    }
}
