package org.mufakat.access;

import org.mufakat.audit.AuditLog;
import org.mufakat.audit.AuditEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * After the password: who needs a second factor holds only a pending sign-in (no grants) until the code is given;
 * then, or straight away for the others, the full sign-in with the account's grants, in a new session id.
 */
@Component
public class SignInCompletion implements AuthenticationSuccessHandler {

    public static final String SECOND_FACTOR_PAGE = "/sign-in/second-factor";

    private final SecondFactor secondFactor;
    private final AccountSignIn accounts;
    private final SecurityContextRepository contexts;
    private final AuditLog audit;
    private final SavedRequestAwareAuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInCompletion(SecondFactor secondFactor, AccountSignIn accounts, SecurityContextRepository contexts, AuditLog audit) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.contexts = contexts;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (secondFactor.required(authentication.getName())) {
            store(request, response, UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    AuthorityUtils.createAuthorityList(SecondFactor.PENDING_AUTHORITY)));
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
            return;
        }
        audit.recordIndependently(authentication.getName(), AuditEvent.of("sign-in.succeeded", "account", authentication.getName()));
        proceed.onAuthenticationSuccess(request, response, authentication);
    }

    /** Completes a pending sign-in once its second factor was given. */
    public void complete(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails account = accounts.loadUserByUsername(username);
        request.changeSessionId();
        audit.recordIndependently(username, AuditEvent.of("sign-in.succeeded", "account", username)
                .withDetails(java.util.Map.of("secondFactor", "yes")));
        store(request, response, UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null, account.getAuthorities()));
    }

    private void store(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
