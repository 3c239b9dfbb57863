package dev.roster.enrollment.platform;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * Writes that a unique constraint may refuse: the store decides whether a key is taken, no read comes
 * first, so two concurrent writers cannot both pass. PostgreSQL names the refusing constraint in quotes
 * in its message, which tells a taken code from any other duplicate (that one is a bug, and rethrown).
 */
public final class UniqueConstraints {

    private UniqueConstraints() {
    }

    /**
     * Runs {@code write}; when {@code constraint} refuses it, throws what {@code taken} supplies instead.
     *
     * @param constraint the constraint's name as its migration creates it
     */
    public static void writeUnlessTaken(Runnable write, String constraint, Supplier<? extends RuntimeException> taken) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            String message = e.getMostSpecificCause().getMessage();
            if (message != null && message.contains("\"" + constraint + "\"")) {
                throw taken.get();
            }
            throw e;
        }
    }
}
