package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * By default Roster trusts no proxy: the address the login throttle counts is the connection's peer,
 * whatever {@code X-Forwarded-For} claims, so rotating the header buys an attacker nothing.
 * (Fifty failures per address in 15 minutes; the 51st is refused unchecked.)
 */
@ServiceIT
@Guards(Risk.CLIENT_ADDRESS_SPOOFED)
class ForwardedForUntrustedIT {

    private static final int PER_ADDRESS_LIMIT = 50;

    @Value("${local.server.port}") int port;

    @BeforeEach
    void noEarlierFailures() {
        TestDatabase.emptied();
    }

    @Test
    void countsTheConnectionsAddressWhateverTheForwardedHeaderClaims() throws Exception {
        List<Integer> statuses = new ForwardedLogins(port).send(PER_ADDRESS_LIMIT + 1, ForwardedLogins::testNetAddress);

        assertThat(statuses.subList(0, PER_ADDRESS_LIMIT)).containsOnly(401);
        assertThat(statuses.get(PER_ADDRESS_LIMIT)).as("the 51st failure from one peer, under 51 claimed addresses")
                .isEqualTo(429);
    }
}
