package org.mufakat.press.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.mufakat.press.ReportReader;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Caps the body of {@code POST /api/v1/articles}: a report is at most 5 MiB, and its JSON envelope may add a little.
 * A larger body is refused with 413 and a problem detail before any of it is parsed; a body without a declared
 * length is read up to the limit and no further.
 */
@Configuration(proxyBeanMethods = false)
class ArticleBodyLimit {

    /** The largest body read: a report of 5 MiB with 1 MiB to spare for JSON quoting and the other fields. */
    static final int MAX_BODY = ReportReader.MAX_BYTES + 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> articleBodyLimitFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit());
        registration.addUrlPatterns("/api/v1/articles");
        registration.setName("articleBodyLimit");
        return registration;
    }

    static final class Limit extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            long declared = request.getContentLengthLong();
            if (declared > MAX_BODY) {
                refuse(response);
                return;
            }
            if (declared >= 0) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = readAtMost(request.getInputStream(), MAX_BODY + 1L);
            if (body.length > MAX_BODY) {
                refuse(response);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
        }

        private static byte[] readAtMost(InputStream in, long limit) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
            }
            return out.toByteArray();
        }

        private static void refuse(HttpServletResponse response) throws IOException {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                    + "\"detail\":\"A report is at most " + ReportReader.MAX_BYTES + " bytes (5 MiB); the request body may have at most "
                    + MAX_BODY + " bytes\",\"errors\":[{\"field\":\"content\",\"code\":\"press.report.too-large\","
                    + "\"message\":\"The request body is too large\"}]}");
        }
    }

    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
