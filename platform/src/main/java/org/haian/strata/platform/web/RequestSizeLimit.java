package org.haian.strata.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code haian.max-request-size} with 413 before anything reads it: at once when
 * {@code Content-Length} says so, and for a body that announces no length once more than that has arrived (it is
 * held in memory up to the limit, then handed on). The gateway has the same limit; this one holds for a caller
 * that reaches the service directly. Tomcat's own limits cover only form posts and what it swallows after an
 * error, not a JSON body. A file upload ({@code haian.upload-paths}, e.g. a bulk import's spreadsheet) may be as large
 * as {@code haian.max-upload-size}, a POST to those paths only.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final long maxUploadBytes;
    private final List<String> uploadPaths;
    private final ObjectMapper json;

    public RequestSizeLimit(DataSize maxSize, DataSize maxUploadSize, List<String> uploadPaths, ObjectMapper json) {
        this.maxRequestBytes = maxSize.toBytes();
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.uploadPaths = List.copyOf(uploadPaths);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = isUpload(request) ? maxUploadBytes : maxRequestBytes;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response, maxBytes);
            return;
        }
        if (declared >= 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
        if (body.length > maxBytes) {
            refuse(response, maxBytes);
            return;
        }
        chain.doFilter(new HeldBody(request, body), response);
    }

    /**
     * Tomcat closes the connection after a 413 without draining the rest of the body (unless the answer says
     * {@code Connection: close} itself, when it drains it first), so the refusal costs no more than its headers.
     */
    private boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "POST".equals(request.getMethod()) && uploadPaths.stream().anyMatch(path::equals);
    }

    private void refuse(HttpServletResponse response, long maxBytes) throws IOException {
        Refusals.write(json, response, Refusals.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB allowed"));
    }

    /** The request with the body that was read to measure it. */
    private static final class HeldBody extends HttpServletRequestWrapper {

        private final byte[] body;

        HeldBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
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
                    throw new UnsupportedOperationException("The body was read already; read it synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        private Charset charset() {
            return getCharacterEncoding() != null ? Charset.forName(getCharacterEncoding()) : StandardCharsets.UTF_8;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }
    }
}
