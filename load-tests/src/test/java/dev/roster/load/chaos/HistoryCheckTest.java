package dev.roster.load.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@Guards(Risk.CHAOS_CHECK_BLIND)
class HistoryCheckTest {

    private static final long T0 = 1_000_000L;

    private final List<Attempt> history = new ArrayList<>();
    private final Map<String, HistoryCheck.Stored> database = new HashMap<>();
    private final List<FaultWindow> faults = new ArrayList<>();

    @Test
    void aHistoryThatAgreesWithTheDatabaseHasNoViolation() {
        answered("purchase", "k1", 201, null, "e1");
        stored("k1", "e1", "CONFIRMED");
        answered("purchase", "k2", 402, "payment_declined", "e2");
        stored("k2", "e2", "REJECTED");
        answered("purchase", "k3", 202, null, "e3");
        stored("k3", "e3", "EXPIRED");
        answered("purchase", "k4", 409, "course_full", null);
        answered("replay", "k3", 201, null, "e3");
        answered("purchase", "k6", 402, "hold_expired", "e6");
        stored("k6", "e6", "EXPIRED");
        answered("purchase", "k5", 201, null, "e5");
        answered("cancel", "k5", 200, null, "e5");
        stored("k5", "e5", "CANCELLED");

        HistoryCheck.Result result = check();

        assertThat(result.violations()).isEmpty();
        assertThat(result.outcomes()).containsEntry("purchase 201", 2L).containsEntry("purchase 409 course_full", 1L)
                .containsEntry("cancel 200", 1L).containsEntry("replay 201", 1L);
    }

    @Test
    void aConfirmedAnswerWhoseEnrollmentIsNotConfirmedIsAViolation() {
        answered("purchase", "k1", 201, null, "e1");
        stored("k1", "e1", "REJECTED");

        assertThat(check().violations()).singleElement().asString().contains("k1").contains("REJECTED");
    }

    @Test
    void aPendingAnswerStillPendingAfterTheRunSettledIsAViolation() {
        answered("purchase", "k1", 202, null, "e1");
        stored("k1", "e1", "PENDING_PAYMENT");

        assertThat(check().violations()).singleElement().asString().contains("PENDING_PAYMENT");
    }

    @Test
    void aDeclineThatKeptItsSeatIsAViolation() {
        answered("purchase", "k1", 402, "payment_declined", "e1");
        stored("k1", "e1", "CONFIRMED");

        assertThat(check().violations()).singleElement().asString().contains("CONFIRMED");
    }

    @Test
    void aRefusalWhoseKeyBoughtASeatAfterAllIsAViolation() {
        answered("purchase", "k1", 409, "course_full", null);
        stored("k1", "e1", "CONFIRMED");

        assertThat(check().violations()).singleElement().asString().contains("no enrollment");
    }

    @Test
    void anAnswerNamingAnotherEnrollmentThanItsKeyHoldsIsAViolation() {
        answered("purchase", "k1", 201, null, "e1");
        stored("k1", "e2", "CONFIRMED");

        assertThat(check().violations()).singleElement().asString().contains("e1").contains("e2");
    }

    @Test
    void aReplayNamingAnotherEnrollmentIsAViolation() {
        answered("purchase", "k1", 201, null, "e1");
        answered("replay", "k1", 201, null, "e9");
        stored("k1", "e1", "CONFIRMED");

        assertThat(check().violations()).singleElement().asString().startsWith("replay of key k1");
    }

    @Test
    void aCancelAnsweredButNotStoredIsAViolation() {
        answered("purchase", "k1", 201, null, "e1");
        answered("cancel", "k1", 200, null, "e1");
        stored("k1", "e1", "CONFIRMED");

        assertThat(check().violations()).singleElement().asString().startsWith("cancel of key k1");
    }

    @Test
    void anOperationLeftWithoutAFinalAnswerIsAViolation() {
        noAnswer("purchase", "k1", 0);
        attempt("purchase", "k1", 2, 1, 503, "service_unavailable", null);

        assertThat(check().violations()).anySatisfy(v -> assertThat(v).contains("no final answer"));
    }

    @Test
    void aServerErrorFromAnInstanceNotBeingKilledIsAViolation() {
        attempt("purchase", "k1", 1, 1, 500, "internal_error", null);
        answered("purchase", "k1", 201, null, "e1");
        stored("k1", "e1", "CONFIRMED");
        faults.add(new FaultWindow("kill-enrollment", "0", T0 - 5_000, T0 + 5_000));

        assertThat(check().violations()).singleElement().asString().contains("answered 500");
    }

    @Test
    void failuresWhileTheirOwnInstanceWasKilledAreCountedNotViolations() {
        faults.add(new FaultWindow("kill-enrollment", "1", T0 - 5_000, T0 + 5_000));
        attempt("purchase", "k1", 1, 1, 502, null, null);
        noAnswer("purchase", "k1", 1);
        answered("purchase", "k1", 201, null, "e1");
        stored("k1", "e1", "CONFIRMED");

        HistoryCheck.Result result = check();

        assertThat(result.violations()).isEmpty();
        assertThat(result.failures()).containsEntry("purchase 502 while its instance was killed", 1L)
                .containsEntry("purchase no answer (ConnectException) while its instance was killed", 1L);
    }

    private HistoryCheck.Result check() {
        return HistoryCheck.check(history, database, faults);
    }

    private void answered(String op, String key, int status, String code, String enrollment) {
        attempt(op, key, history.size() + 1, 0, status, code, enrollment);
    }

    private void noAnswer(String op, String key, int instance) {
        history.add(new Attempt(0, op, key, history.size() + 1, instance, "tok_visa", T0, T0 + 10, 0, null, null,
                "ConnectException"));
    }

    private void attempt(String op, String key, int attempt, int instance, int status, String code, String enrollment) {
        history.add(new Attempt(0, op, key, attempt, instance, "tok_visa", T0, T0 + 10, status, code, enrollment, null));
    }

    private void stored(String key, String enrollment, String status) {
        database.put(key, new HistoryCheck.Stored(enrollment, status));
    }
}
