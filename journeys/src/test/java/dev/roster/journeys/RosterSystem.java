package dev.roster.journeys;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.roster.testkit.amqp.RealRabbitMq;
import dev.roster.testkit.db.RealPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Roster as an operator runs it: the payment sandbox, enrollment-service and notification-service,
 * each its own process, with real PostgreSQL, real RabbitMQ and an SMTP server (GreenMail) standing
 * in for the mail provider. Started once per test JVM and shared by every journey (each journey
 * makes its own learners and courses), stopped when the JVM's tests are done.
 */
final class RosterSystem implements AutoCloseable {

    static final String SANDBOX_KEY = "sk_test_e2e";
    static final String ADMIN_EMAIL = "admin@e2e.local";
    static final String ADMIN_PASSWORD = "E2e-Admin-Pass-1";
    private static final String SERVICE_TOKEN = "e2e-service-token-" + UUID.randomUUID();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final List<RunningJar> running = new ArrayList<>();
    private final NotificationSettings messaging = new NotificationSettings();
    private final RealRabbitMq broker;
    private final GreenMail smtp;
    private final RealPostgres.Database enrollmentDb;
    private RunningJar enrollment;
    private RunningJar notification;
    private RunningJar sandbox;

    /** The one system of this test JVM, started by the first journey that asks for it. */
    static RosterSystem shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RosterSystem.class, type -> start(), RosterSystem.class);
    }

    private RosterSystem() {
        broker = RealRabbitMq.shared();
        enrollmentDb = RealPostgres.shared().createDatabase("roster_e2e_enrollment");
        smtp = new GreenMail(new ServerSetup(RunningJar.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static RosterSystem start() {
        RosterSystem system = new RosterSystem();
        try {
            system.startAll();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startAll() {
        RealPostgres.Database notificationDb = RealPostgres.shared().createDatabase("roster_e2e_notification");
        smtp.start();
        // the three start at once (each needs only the others' addresses, not their readiness): on a
        // two-core machine that saves about a third of the start-up
        sandbox = launch("payment-sandbox", "payment-sandbox/target/payment-sandbox-exec.jar",
                List.of("--sandbox.api-key=" + SANDBOX_KEY));
        List<String> enrollmentArguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + enrollmentDb.jdbcUrl(),
                "--spring.datasource.username=" + enrollmentDb.username(),
                "--spring.datasource.password=" + enrollmentDb.password(),
                "--roster.payment.base-url=" + sandbox.url(),
                "--roster.payment.api-key=" + SANDBOX_KEY,
                "--roster.service-token=" + SERVICE_TOKEN,
                "--roster.admin.email=" + ADMIN_EMAIL,
                "--roster.admin.password=" + ADMIN_PASSWORD,
                "--roster.outbox.exchange=" + messaging.exchange,
                // a slow card's pending purchase is settled by reconciliation within seconds, not the default
                // half minute; yet it is left alone long enough for its page to show it pending first
                "--roster.purchase.reconciliation-interval=1s",
                "--roster.purchase.reconciliation-min-age=8s",
                // metrics live on the management port; any free one, so runs never collide
                "--management.server.port=0"));
        enrollmentArguments.addAll(List.of(broker.springProperties()).stream().map(p -> "--" + p).toList());
        enrollment = launch("enrollment-service", "enrollment-service/target/enrollment-service-exec.jar",
                enrollmentArguments);

        List<String> notificationArguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + notificationDb.jdbcUrl(),
                "--spring.datasource.username=" + notificationDb.username(),
                "--spring.datasource.password=" + notificationDb.password(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort()));
        notificationArguments.addAll(messaging.arguments(enrollment.url(), SERVICE_TOKEN));
        notificationArguments.addAll(List.of(broker.springProperties()).stream().map(p -> "--" + p).toList());
        notification = launch("notification-service",
                "notification-service/target/notification-service-exec.jar", notificationArguments);
        sandbox.awaitHealthy("/actuator/health");
        enrollment.awaitHealthy("/readyz");
        notification.awaitHealthy("/actuator/health");
    }

    private RunningJar launch(String name, String jar, List<String> arguments) {
        RunningJar jarProcess = RunningJar.launch(name, ROOT.resolve(jar), RunningJar.freePort(), arguments);
        running.add(jarProcess);
        return jarProcess;
    }

    String url() {
        return enrollment.url();
    }

    String sandboxUrl() {
        return sandbox.url();
    }

    /** enrollment-service's log so far, line by line. */
    List<String> enrollmentLog() {
        return enrollment.logLines();
    }

    /** notification-service's log so far, line by line. */
    List<String> notificationLog() {
        return notification.logLines();
    }

    RealPostgres.Database enrollmentDatabase() {
        return enrollmentDb;
    }

    /** The mail the SMTP stand-in received for one recipient. */
    List<MimeMessage> mailTo(String recipient) throws MessagingException {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (List.of(message.getAllRecipients()).stream().anyMatch(a -> a.toString().contains(recipient))) {
                messages.add(message);
            }
        }
        return messages;
    }

    @Override
    public void close() {
        running.reversed().forEach(RunningJar::close);
        smtp.stop();
        try {
            messaging.removeFrom(broker);
        } catch (Exception e) {
            // the run's own exchange and queues; a leftover is harmless, a failure here must not hide a test's
            System.err.println("could not remove the journeys' exchange and queues: " + e);
        }
    }
}
