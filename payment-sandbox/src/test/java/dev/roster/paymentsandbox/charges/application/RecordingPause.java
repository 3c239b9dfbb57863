package dev.roster.paymentsandbox.charges.application;

import dev.roster.paymentsandbox.shared.Pause;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers the pauses asked for and returns at once, so unit tests never wait. */
class RecordingPause implements Pause {

    private final List<Duration> asked = new CopyOnWriteArrayList<>();

    @Override
    public void pause(Duration duration) {
        asked.add(duration);
    }

    List<Duration> asked() {
        return List.copyOf(asked);
    }
}
