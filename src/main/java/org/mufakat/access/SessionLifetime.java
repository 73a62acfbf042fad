package org.mufakat.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Ends a session that has lasted too long, however busy: the idle timeout ends quiet sessions, this one ends
 * every session after {@code absolute} (twelve hours by default), so that a stolen cookie does not live forever.
 */
class SessionLifetime extends OncePerRequestFilter {

    private final Duration absolute;
    private final Clock clock;

    SessionLifetime(Duration absolute, Clock clock) {
        this.absolute = absolute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > absolute.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
