package dev.roster.enrollment.web.input;

import dev.roster.enrollment.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON body is UTF-8 (RFC 8259), checked strictly before Jackson reads it. Jackson decodes an
 * overlong sequence such as {@code C0 AF} into {@code /} and guesses UTF-16 or UTF-32 from the first
 * bytes, so text that no UTF-8 client sends reached the commands (found by attacking the running
 * service). A raw NUL byte is no JSON in any case (inside a string it must be escaped), so it is
 * refused too, which is what stops a UTF-16 or UTF-32 body. Bodies are small (16 KiB at most, the
 * size limit runs first), so they are read whole.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StrictUtf8Bodies extends OncePerRequestFilter {

    private final ProblemWriter problems;

    StrictUtf8Bodies(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
        if (!json || request.getContentLengthLong() == 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException tooLargeOrBroken) {
            // the size limit (413) or a broken connection: let the usual handling answer it
            chain.doFilter(new ReplayedBody(request, InputStream.nullInputStream(), tooLargeOrBroken), response);
            return;
        }
        if (!isUtf8WithoutNul(body)) {
            problems.write(response, HttpStatus.BAD_REQUEST, "malformed_json",
                    "The request body is not JSON in UTF-8.");
            return;
        }
        chain.doFilter(new ReplayedBody(request, new ByteArrayInputStream(body), null), response);
    }

    static boolean isUtf8WithoutNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** The request with its body read once and served again from memory (or its read failure). */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final ServletInputStream stream;

        ReplayedBody(HttpServletRequest request, InputStream body, IOException failure) {
            super(request);
            this.stream = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    return body.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    return body.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return failure == null && uncheckedAvailable(body) == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Roster reads request bodies blocking");
                }
            };
        }

        private static int uncheckedAvailable(InputStream body) {
            try {
                return body.available();
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }
    }
}
