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
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a reverse proxy every connection comes from the proxy, so the per-address limit would lock
 * everyone out together. Configured to trust that proxy (here: loopback) with Spring Boot's own
 * settings, the throttle counts the client address the proxy forwards instead, as docs/configuration
 * says.
 */
@ServiceIT
@Guards(Risk.CLIENT_ADDRESS_SPOOFED)
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"})
class ForwardedForTrustedProxyIT {

    private static final int PER_ADDRESS_LIMIT = 50;

    @Value("${local.server.port}") int port;

    @BeforeEach
    void noEarlierFailures() {
        TestDatabase.emptied();
    }

    @Test
    void countsEachForwardedClientApartBehindATrustedProxy() throws Exception {
        List<Integer> statuses = new ForwardedLogins(port).send(PER_ADDRESS_LIMIT + 5, ForwardedLogins::testNetAddress);

        assertThat(statuses).containsOnly(401);
    }

    @Test
    void stillLimitsOneForwardedClient() throws Exception {
        List<Integer> statuses = new ForwardedLogins(port).send(PER_ADDRESS_LIMIT + 1, i -> "198.51.100.7");

        assertThat(statuses.subList(0, PER_ADDRESS_LIMIT)).containsOnly(401);
        assertThat(statuses.get(PER_ADDRESS_LIMIT)).isEqualTo(429);
    }
}
