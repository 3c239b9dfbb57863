package dev.roster.notification.delivery.application;

import dev.roster.notification.delivery.domain.Email;
import java.util.ArrayList;
import java.util.List;

/** A mail server in memory: keeps what it accepted; can be made to refuse, temporarily or for good. */
public class RecordingMailer implements Mailer {

    private final List<Email> sent = new ArrayList<>();
    private RuntimeException failure;

    @Override
    public void send(Email email) {
        if (failure != null) {
            throw failure;
        }
        sent.add(email);
    }

    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public void works() {
        this.failure = null;
    }

    public List<Email> sent() {
        return List.copyOf(sent);
    }
}
