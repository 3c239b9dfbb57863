package dev.roster.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileSummaryTest {

    @Test
    void countsASampleUnderItsInnermostKnownPhase() {
        List<String> jdbcUnderSettlement = List.of("java.net.Socket.write", "org.postgresql.core.PGStream.flush",
                "dev.roster.enrollment.purchase.application.SettlementService.confirm",
                "org.apache.catalina.core.ApplicationFilterChain.doFilter");

        assertThat(ProfileSummary.phaseOf(jdbcUnderSettlement)).startsWith("JDBC");
    }

    @Test
    void countsTheUseCasesOwnCodeAsTheUseCase() {
        List<String> settlement = List.of("java.util.HashMap.get",
                "dev.roster.enrollment.purchase.application.SettlementService.confirm",
                "org.springframework.web.servlet.DispatcherServlet.doDispatch");

        assertThat(ProfileSummary.phaseOf(settlement)).startsWith("purchase use case");
    }

    @Test
    void countsAStackOfNoKnownPhaseAsOther() {
        assertThat(ProfileSummary.phaseOf(List.of("java.lang.Thread.run"))).startsWith("other");
    }
}
