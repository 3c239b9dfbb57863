package dev.roster.enrollment.identity.adapter;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.ServiceTestConfiguration;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Verifies notification-service's pact for reading a learner's contact against the real running
 * service, with each provider state set up in the real database.
 */
@ServiceIT
@Provider("enrollment-service")
@PactFolder("../contracts/pacts")
@Guards(Risk.API_DRIFT)
class LearnerContactPactIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void runningService(PactVerificationContext context) {
        TestDatabase.emptied();
        context.setTarget(new HttpTestTarget("localhost", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honoursTheConsumersExpectations(PactVerificationContext context, HttpRequest request) {
        // the pact accepts any bearer token; the real service wants its configured credential
        request.setHeader("Authorization", "Bearer " + ServiceIT.SERVICE_TOKEN);
        context.verifyInteraction();
    }

    @State("a learner with id 0190f0c1-0000-7000-8000-000000000001 exists")
    void learnerExists() {
        JdbcClient.create(dataSource).sql("""
                        INSERT INTO learner (id, email, name, password_hash, created_at)
                        VALUES (:id, 'ada@example.com', 'Ada Lovelace', 'not-a-hash', :at)""")
                .param("at", Timestamp.from(ServiceTestConfiguration.START))
                .param("id", UUID.fromString("0190f0c1-0000-7000-8000-000000000001"))
                .update();
    }

    @State("no learner with id 0190f0c1-0000-7000-8000-0000000000ff exists")
    void noSuchLearner() {
        // the database was emptied before the interaction
    }
}
