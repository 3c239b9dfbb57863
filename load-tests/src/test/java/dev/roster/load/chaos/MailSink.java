package dev.roster.load.chaos;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mail server of a chaos run, in a process of its own so that killing a notification-service loses none of
 * the mail it received (the local profile's embedded server lives and dies with its service). GreenMail takes SMTP
 * on loopback; {@code GET /captured-mail} lists what arrived, in the shape notification-service's local
 * {@code /captured-mail} has ({@code messageId}, {@code to}, {@code subject}), so the same check reads both.
 *
 * <p>Arguments: the SMTP port, the HTTP port.
 */
public final class MailSink {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MailSink() {
    }

    public static void main(String[] args) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 0);
        http.createContext("/captured-mail", exchange -> {
            byte[] body = JSON.writeValueAsString(captured(smtp.getReceivedMessages())).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        System.out.printf("mail sink: SMTP on 127.0.0.1:%s, captured mail at http://127.0.0.1:%s/captured-mail%n", args[0], args[1]);
        new CountDownLatch(1).await();
    }

    private static List<Map<String, String>> captured(MimeMessage[] messages) throws IOException {
        List<Map<String, String>> captured = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                captured.add(Map.of("messageId", String.valueOf(message.getMessageID()),
                        "to", String.valueOf(message.getHeader("To", ",")),
                        "subject", String.valueOf(message.getSubject())));
            } catch (MessagingException e) {
                throw new IOException("cannot read a captured message: " + e.getMessage(), e);
            }
        }
        return captured;
    }
}
