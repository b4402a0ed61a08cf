package dev.ficus.problemdetails;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code ficus.http.max-body-size} with a 413 problem:
 * at once, unread, when its {@code Content-Length} says so, otherwise (chunked) as soon
 * as reading passes the limit. Tomcat bounds only form and multipart bodies, so without
 * this a JSON body of any size was read whole into the heap.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The limit now: {@code ficus.http.max-body-size} follows the settings file. */
    private final LongSupplier limits;

    private final ProblemWriter problems;

    RequestBodyLimitFilter(LongSupplier limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.getAsLong();
        if (request.getContentLengthLong() > limit) {
            closeAfterAnswer(response);
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "The request body of "
                    + request.getContentLengthLong() + " bytes is larger than the limit of " + limit + " bytes");
            response.flushBuffer();
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        chain.doFilter(limited, response);
        if (limited.exceeded() && !response.isCommitted()) {
            response.resetBuffer();
            closeAfterAnswer(response);
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than the limit of " + limit + " bytes");
            response.flushBuffer();
        }
    }

    /**
     * Sends the answer now and ends the connection after it: Tomcat would otherwise first
     * read (swallow) the unread body, and give up on a large one by closing the
     * connection before the answer was sent.
     */
    private static void closeAfterAnswer(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CONNECTION, "close");
    }

    /**
     * The request with a body stream that fails once more than {@code limit} bytes were
     * read.
     */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;

        private @Nullable LimitedInputStream body;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        boolean exceeded() {
            return body != null && body.read > limit;
        }

    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;

        private final long limit;

        private long read;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = delegate.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }

    }

}
