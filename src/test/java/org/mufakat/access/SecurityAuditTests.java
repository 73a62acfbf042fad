package org.mufakat.access;

import org.junit.jupiter.api.Test;
import org.mufakat.audit.AuditEntry;
import org.mufakat.audit.AuditFilter;
import org.mufakat.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Sign-ins, failed ones, refusals and token use are on the audit log, with who and what. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityAuditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    @Test
    void aFailedSignInIsRecordedWithTheNameTriedButNotThePassword() throws Exception {
        String tried = "no-such-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/sign-in").with(csrf()).param("username", tried).param("password", "secret-password-" + tried));

        List<AuditEntry> entries = entries(null, "sign-in.failed", tried);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(AuditLog.ANONYMOUS);
            assertThat(String.valueOf(entry.after()) + entry.before()).doesNotContain("secret-password");
        });
    }

    @Test
    void aRefusedChangeIsRecordedAgainstTheActorWhileTheChangeItselfIsNot() throws Exception {
        String partner = "jpn-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/meetings").with(user(partner).authorities(() -> "PARTNER_OFFICER:JPN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"series\":\"SOM\",\"startDate\":\"2039-08-03\",\"format\":\"ONLINE\"}"));

        assertThat(entries(partner, "access.refused", null)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).containsEntry("action", "schedule meetings of 2039"));
        assertThat(entries(partner, "meeting.", null)).isEmpty();
    }

    private List<AuditEntry> entries(String actor, String action, String subjectId) {
        return audit.entries(new AuditFilter(actor, action, null, subjectId, null, null), PageRequest.of(0, 50)).getContent();
    }
}
