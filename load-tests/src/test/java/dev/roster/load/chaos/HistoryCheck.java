package dev.roster.load.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The clients' history judged against what the database holds once everything settled: every answer a client
 * took as final must agree with the enrollment its key ended with. Pure: the caller reads the history, the fault
 * log and the database.
 *
 * <ul>
 *   <li>201: the key's enrollment is the one answered, and is confirmed (or cancelled, when the client cancelled it);</li>
 *   <li>402: the key's enrollment is rejected or expired (it holds no seat; a retry that resumes a purchase whose
 *       hold expired meanwhile is answered 402 {@code hold_expired});</li>
 *   <li>202: the key's enrollment ended confirmed, rejected or expired;</li>
 *   <li>409 {@code course_full}, {@code already_enrolled}: the key has no enrollment;</li>
 *   <li>a replay of a purchase names the same enrollment, with the same answer or, after a 202, its settled one;</li>
 *   <li>a cancel answered 200 left the enrollment cancelled;</li>
 *   <li>no operation is left without a final answer, and no final answer is one the API does not give;</li>
 *   <li>no 5xx answer, unless its own instance was being killed.</li>
 * </ul>
 */
final class HistoryCheck {

    /** What a key ended with in the database: its enrollment and that enrollment's status, or both null. */
    record Stored(String enrollment, String status) {
        static final Stored NONE = new Stored(null, null);
    }

    record Result(Map<String, Long> outcomes, Map<String, Long> failures, List<String> violations) {
    }

    private static final Set<String> SETTLED_AFTER_PENDING = Set.of("CONFIRMED", "REJECTED", "EXPIRED");

    private HistoryCheck() {
    }

    static Result check(List<Attempt> history, Map<String, Stored> byKey, List<FaultWindow> faults) {
        Map<String, Long> outcomes = new TreeMap<>();
        Map<String, Long> failures = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        Map<String, List<Attempt>> operations = new LinkedHashMap<>();
        for (Attempt attempt : history) {
            operations.computeIfAbsent(attempt.op() + " " + attempt.key(), op -> new ArrayList<>()).add(attempt);
            if (!attempt.isFinal()) {
                failed(attempt, faults, failures, violations);
            }
        }
        Map<String, Attempt> purchases = new HashMap<>();
        Set<String> cancelled = new java.util.HashSet<>();
        operations.forEach((op, attempts) -> {
            Attempt last = attempts.getLast();
            String outcome = last.isFinal() ? last.status() + (last.code() == null ? "" : " " + last.code()) : "unresolved";
            outcomes.merge(last.op() + " " + outcome, 1L, Long::sum);
            if (!last.isFinal()) {
                violations.add("%s of key %s has no final answer after %d attempts".formatted(last.op(), last.key(), attempts.size()));
            } else if (last.op().equals("purchase")) {
                purchases.put(last.key(), last);
            } else if (last.op().equals("cancel") && last.status() == 200) {
                cancelled.add(last.key());
            }
        });
        history.stream().filter(a -> a.op().equals("cancel")).forEach(a -> cancelled.add(a.key()));
        purchases.values().forEach(answer -> purchase(answer, byKey.getOrDefault(answer.key(), Stored.NONE),
                cancelled.contains(answer.key()), violations));
        operations.values().stream().map(List::getLast)
                .filter(last -> last.isFinal() && !last.op().equals("purchase"))
                .forEach(last -> follow(last, purchases.get(last.key()), byKey.getOrDefault(last.key(), Stored.NONE), violations));
        return new Result(outcomes, failures, violations);
    }

    private static void failed(Attempt attempt, List<FaultWindow> faults, Map<String, Long> failures, List<String> violations) {
        boolean ownInstanceKilled = faults.stream().anyMatch(fault -> fault.killed(attempt.instance(), attempt));
        String what = attempt.answered() ? Integer.toString(attempt.status()) + (attempt.code() == null ? "" : " " + attempt.code())
                : "no answer (" + attempt.error() + ")";
        failures.merge("%s %s%s".formatted(attempt.op(), what, ownInstanceKilled ? " while its instance was killed" : ""),
                1L, Long::sum);
        if (attempt.status() >= 500 && !ownInstanceKilled) {
            violations.add("%s of key %s answered %d (%s) by enrollment-service %d, which was not being killed"
                    .formatted(attempt.op(), attempt.key(), attempt.status(), attempt.code(), attempt.instance()));
        }
    }

    private static void purchase(Attempt answer, Stored stored, boolean cancelled, List<String> violations) {
        String expected = switch (answer.status()) {
            case 201 -> cancelled ? "CONFIRMED or CANCELLED" : "CONFIRMED";
            case 402 -> "REJECTED or EXPIRED";
            case 202 -> "CONFIRMED, REJECTED or EXPIRED";
            case 409 -> "no enrollment";
            default -> null;
        };
        if (expected == null) {
            violations.add("purchase of key %s was answered %d %s, which the API does not give a purchase"
                    .formatted(answer.key(), answer.status(), answer.code()));
            return;
        }
        boolean holds = switch (answer.status()) {
            case 201 -> "CONFIRMED".equals(stored.status()) || cancelled && "CANCELLED".equals(stored.status());
            case 402 -> "REJECTED".equals(stored.status()) || "EXPIRED".equals(stored.status());
            case 202 -> SETTLED_AFTER_PENDING.contains(stored.status());
            default -> stored.enrollment() == null;
        };
        if (!holds) {
            violations.add("purchase of key %s was answered %d %s, so %s, but the database holds %s".formatted(answer.key(),
                    answer.status(), answer.code() == null ? "" : answer.code(), expected, describe(stored)));
        } else if (answer.enrollment() != null && !answer.enrollment().equals(stored.enrollment())) {
            violations.add("purchase of key %s was answered with enrollment %s, but the key holds %s"
                    .formatted(answer.key(), answer.enrollment(), describe(stored)));
        }
    }

    /** A replay or a cancel, against the purchase's own final answer and what the key holds. */
    private static void follow(Attempt last, Attempt purchase, Stored stored, List<String> violations) {
        if (last.op().equals("cancel")) {
            if (last.status() != 200 && !(last.status() == 409 && "invalid_transition".equals(last.code()))) {
                violations.add("cancel of key %s was answered %d %s".formatted(last.key(), last.status(), last.code()));
            } else if (last.status() == 200 && !"CANCELLED".equals(stored.status())) {
                violations.add("cancel of key %s was answered 200 but the database holds %s".formatted(last.key(), describe(stored)));
            }
            return;
        }
        if (purchase == null) {
            return;
        }
        boolean sameEnrollment = java.util.Objects.equals(last.enrollment(), purchase.enrollment());
        boolean consistent = last.status() == purchase.status()
                || purchase.status() == 202 && (last.status() == 201 || last.status() == 402);
        if (!sameEnrollment || !consistent) {
            violations.add("replay of key %s was answered %d with enrollment %s after %d with enrollment %s"
                    .formatted(last.key(), last.status(), last.enrollment(), purchase.status(), purchase.enrollment()));
        }
    }

    private static String describe(Stored stored) {
        return stored.enrollment() == null ? "no enrollment" : "enrollment %s %s".formatted(stored.enrollment(), stored.status());
    }
}
