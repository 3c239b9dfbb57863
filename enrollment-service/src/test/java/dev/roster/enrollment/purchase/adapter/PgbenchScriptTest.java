package dev.roster.enrollment.purchase.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgbenchScriptTest {

    @Test
    void readsStatementsEndedBySemicolonOrGsetAndSkipsCommentsAndMetaCommands() {
        String script = """
                -- a comment
                \\set n random(1, 10)
                SELECT * FROM bench_pick() \\gset
                SELECT id, learner_id
                  FROM learner_session WHERE token_hash = :token_hash \\gset session_
                BEGIN;
                UPDATE course SET seats_taken = seats_taken + 1
                 WHERE id = :course_id;
                COMMIT;
                """;

        assertThat(PgbenchScript.statements(script)).containsExactly(
                "SELECT * FROM bench_pick()",
                "SELECT id, learner_id\nFROM learner_session WHERE token_hash = :token_hash",
                "BEGIN",
                "UPDATE course SET seats_taken = seats_taken + 1\nWHERE id = :course_id",
                "COMMIT");
    }

    @Test
    void leavesOutTheBenchmarksOwnStatements() {
        assertThat(PgbenchScript.serviceStatements("SELECT * FROM bench_pick() \\gset\nSELECT 1;\n"))
                .containsExactly("select 1");
    }

    @Test
    void spellsAScriptsVariablesAndADriversPlaceholdersAlike() {
        String script = "INSERT INTO enrollment (id, price_lines)\n  VALUES (:enrollment_id, CAST( :lines AS jsonb));";
        String driver = "INSERT INTO enrollment (id, price_lines) VALUES (?, CAST(? AS jsonb))";

        assertThat(PgbenchScript.normalised(script)).isEqualTo(PgbenchScript.normalised(driver));
    }

    @Test
    void keepsCastsAndTellsDifferentColumnsApart() {
        assertThat(PgbenchScript.normalised("SELECT payload::text FROM outbox_event WHERE id = :id"))
                .isEqualTo("select payload::text from outbox_event where id=?");
        assertThat(PgbenchScript.normalised("SELECT id, code FROM course WHERE id = ?"))
                .isNotEqualTo(PgbenchScript.normalised("SELECT id, code, title FROM course WHERE id = :id"));
    }

    @Test
    void comparesStringLiteralsAsWritten() {
        assertThat(PgbenchScript.normalised("UPDATE idempotency_key SET state = 'COMPLETED' WHERE key = :key"))
                .isEqualTo("update idempotency_key set state='COMPLETED' where key=?");
    }

    @Test
    void refusesAScriptEndingInsideAStatement() {
        assertThatThrownBy(() -> PgbenchScript.statements("SELECT 1\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
