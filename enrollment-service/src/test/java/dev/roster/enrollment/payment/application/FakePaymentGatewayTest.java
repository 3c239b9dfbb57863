package dev.roster.enrollment.payment.application;

import dev.roster.testkit.invariants.ProviderChargeRecord;
import java.util.List;

/** The fake the application tests use keeps the promises HttpPaymentGatewayContractIT checks on the real sandbox. */
class FakePaymentGatewayTest extends PaymentGatewayContract {

    private final FakePaymentGateway gateway = new FakePaymentGateway();

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected List<ProviderChargeRecord> providerCharges() {
        return gateway.records();
    }
}
