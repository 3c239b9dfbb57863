package dev.roster.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.notification.testsupport.RunningNotificationService;
import dev.roster.notification.testsupport.TestBroker;
import dev.roster.notification.testsupport.TestTopology;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.Environment;

/**
 * Every error notification-service answers, whether Spring MVC, the error page or Tomcat itself
 * refused the request, is a problem document with a code: sent over a raw socket, so that requests
 * no HTTP client would send (a malformed request line, {@code %2f}, {@code %00}, {@code ..}) reach it.
 */
@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
class EveryErrorIsAProblemIT {

    private static final TestTopology topology = TestTopology.unique();
    private static RunningNotificationService service;
    private static int port;

    @BeforeAll
    static void start() {
        // enrollment-service and SMTP are never reached: no event is published here
        service = RunningNotificationService.start(topology, "http://127.0.0.1:9", 9);
        port = Integer.parseInt(service.bean(Environment.class).getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        try (TestBroker broker = TestBroker.connect()) {
            broker.delete(topology);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GET /nothing-here HTTP/1.1                    | */*       | 404 | not_found
            GET /actuator/nothing-here HTTP/1.1           | */*       | 404 | not_found
            GET /nothing-here HTTP/1.1                    | text/html | 404 | not_found
            GET /error HTTP/1.1                           | */*       | 404 | not_found
            DELETE /actuator/health HTTP/1.1              | */*       | 405 | method_not_allowed
            POST /actuator/info HTTP/1.1                  | */*       | 405 | method_not_allowed
            GET /actuator%2fhealth HTTP/1.1               | */*       | 400 | bad_request
            GET /actuator/health%00 HTTP/1.1              | */*       | 400 | bad_request
            GET /../../etc/passwd HTTP/1.1                | */*       | 400 | bad_request
            GET /a b c HTTP/1.1                           | */*       | 400 | bad_request
            G<T / HTTP/1.1                                | */*       | 400 | bad_request
            CONNECT 127.0.0.1:22 HTTP/1.1                 | */*       | 400 | bad_request
            """)
    void answersAnErrorAsAProblemDocumentWithACode(String requestLine, String accept, int status, String code) {
        String answer = send(requestLine + "\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n");

        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        String body = answer.substring(head.length()).strip();
        assertThat(head).as(answer).startsWith("HTTP/1.1 " + status + " ");
        assertThat(head.toLowerCase()).as(answer).contains("content-type: application/problem+json");
        assertThat(body).as(answer)
                .contains("\"status\":" + status)
                .contains("\"code\":\"" + code + "\"")
                .contains("\"type\":\"urn:roster:problem:" + code + "\"")
                .doesNotContain("Exception", "at org.", "at dev.roster", "\"trace\"", "\"timestamp\"", "<html",
                        "Tomcat");
    }

    private static String send(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
