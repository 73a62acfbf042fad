package org.mufakat.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document (/api/v1/openapi, UI at /api/v1/docs) says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Mufakat API", version = "v1", description = """
        The meeting cycle of ASEAN: the organisation and its frameworks, chair years, meetings, delegations and people. \
        Codes and ids are plain strings, dates ISO 8601 and local to the venue, texts { "en": ..., "vi": ... }. \
        Refusals are RFC 9457 problem details: 400 for a body or parameter that cannot be read, 404 for an unknown id, \
        409 for an edit based on a stale version (with the changes), 422 for a broken rule (with 'errors': field, code, \
        message), 428 for an edit that does not say which version it is based on. Edits send the version they are \
        based on as 'version' in the body or as If-Match, the ETag of the GET."""))
class ApiDocumentation {
}
