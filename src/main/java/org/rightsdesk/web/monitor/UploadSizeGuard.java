package org.rightsdesk.web.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An article upload larger than the server accepts would otherwise fail while the security filter
 * reads the form (a bare 413 and no page). This guard sees the declared size first, reads the
 * upload to its end (so the browser gets an answer rather than a reset connection) and sends the
 * user back to the import form, which says the file is too large and how large one may be.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeGuard {

    static final String IMPORT_PATH = "/monitor/sources/import";
    /** Beyond this the upload is not even read to its end: the connection is closed. */
    static final long DRAIN_LIMIT = 512L * 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> articleUploadSizeGuard(
            @Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize maxRequest) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new Guard(maxRequest.toBytes()));
        bean.addUrlPatterns(IMPORT_PATH);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }

    static final class Guard extends OncePerRequestFilter {
        private final long maxRequest;

        Guard(long maxRequest) {
            this.maxRequest = maxRequest;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long size = request.getContentLengthLong();
            boolean multipart = request.getContentType() != null
                    && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
            if (!"POST".equals(request.getMethod()) || !multipart || size <= maxRequest) {
                chain.doFilter(request, response);
                return;
            }
            if (size > DRAIN_LIMIT) {
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            try (InputStream in = request.getInputStream()) {
                in.transferTo(OutputStreamSink.INSTANCE);
            }
            response.sendRedirect(request.getContextPath() + IMPORT_PATH + "?tooLarge=" + size);
        }
    }

    /** Discards what is written to it. */
    static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
