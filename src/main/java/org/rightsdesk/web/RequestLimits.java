package org.rightsdesk.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every request before anything reads it, for every endpoint alike (pages, API, public
 * or not): a body larger than {@code rightsdesk.web.max-body-size} (1 MB; multipart uploads:
 * {@code spring.servlet.multipart.max-request-size}) is refused with 413 before it is read, and a
 * body of unknown length is cut off at the same size. Parameters (query string, form, multipart)
 * are parsed here, once: a malformed one — an invalid UTF-8 byte, broken multipart — is answered
 * with 400 and one sentence, and never reaches a place that would log the exception, whose
 * message carries the value (a note, a name). Nothing of the request is ever logged here.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    /** After the import page's own size guard (it redirects oversized article uploads with a message). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    /** No page or API takes more in its query string; pages repeat it in their language links. */
    static final int MAX_QUERY = 2048;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestLimitsFilter(
            @Value("${rightsdesk.web.max-body-size:1MB}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize maxUpload) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new Limits(maxBody.toBytes(), maxUpload.toBytes()));
        bean.setOrder(ORDER);
        bean.addUrlPatterns("/*");
        return bean;
    }

    static final class Limits extends OncePerRequestFilter {
        private final long maxBody;
        private final long maxUpload;

        Limits(long maxBody, long maxUpload) {
            this.maxBody = maxBody;
            this.maxUpload = maxUpload;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("/error".equals(request.getRequestURI())) {
                // Asked for directly there is no error to show: not a page (and never a 500 or a 999).
                response.sendError(404);
                return;
            }
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
            boolean multipart = type.startsWith("multipart/");
            long limit = multipart ? maxUpload : maxBody;
            long declared = request.getContentLengthLong();
            if (request.getQueryString() != null && request.getQueryString().length() > MAX_QUERY) {
                refuse(request, response, 414, "The address is too long (" + request.getQueryString().length()
                        + " characters of query; the limit is " + MAX_QUERY + ")");
                return;
            }
            if (declared > limit) {
                refuse(request, response, 413, "The request is too large (" + declared + " bytes; the limit is " + limit + ")");
                return;
            }
            try {
                request.getParameterMap(); // parse now: a malformed parameter fails here, not in a handler that logs it
                if (multipart && !"GET".equals(request.getMethod())) {
                    request.getParts(); // a broken multipart body would fail later, in the dispatcher, as a 500
                }
            } catch (RuntimeException | ServletException | IOException malformed) {
                boolean tooLarge = tooLarge(malformed);
                refuse(request, response, tooLarge ? 413 : 400, tooLarge ? "The request is too large"
                        : multipart ? "The form could not be read (malformed multipart body)"
                        : "The request could not be read (a parameter is not valid UTF-8 or not well encoded)");
                return;
            }
            try {
                chain.doFilter(declared < 0 && !multipart ? new Bounded(request, limit) : request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                // A body of unknown length that grew past the limit while a handler read it: 413 for every
                // handler alike (the regime API reads its body as a stream), never a 500.
                if (!causedBy(e, TooLarge.class) || response.isCommitted()) {
                    throw e;
                }
                response.reset();
                refuse(request, response, 413, "The request is too large (more than " + limit + " bytes)");
            }
        }

        private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean tooLarge(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String name = t.getClass().getSimpleName();
                if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                    return true;
                }
                if (t instanceof org.apache.tomcat.util.http.InvalidParameterException p && p.getErrorCode() == 413) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Answers directly, without the error page: dispatching a broken multipart request to it
         * would parse the body again and fail there.
         */
        private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
                throws IOException {
            response.setHeader("Connection", "close");
            response.setStatus(status);
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/v3/")) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (status == 413 ? "Request too large" : "Bad request")
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
            } else {
                response.setContentType("text/plain");
                response.getWriter().write(status + " — " + detail + ". Nothing was changed.\n"
                        + status + " — " + (status == 413 ? "Запрос слишком велик" : "Запрос не удалось прочитать")
                        + ". Ничего не изменено.\n");
            }
        }
    }

    /** A request body of unknown length (chunked), cut off once it exceeds the limit. */
    static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    /** Thrown when a body of unknown length grows past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
