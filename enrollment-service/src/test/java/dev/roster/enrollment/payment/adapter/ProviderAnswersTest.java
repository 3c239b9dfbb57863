package dev.roster.enrollment.payment.adapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.roster.enrollment.payment.application.ProviderUnavailableException;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.enrollment.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The provider's final answers (status and JSON body, written by hand as the provider would send them) and
 * what the adapter makes of them. The same expectations as {@link HttpPaymentGatewayIT}, without HTTP.
 */
class ProviderAnswersTest {

    private static final String KEY = "key-1";
    private static final Money PRICE = Money.of(49000, "EUR");
    private static final ChargeRequest REQUEST = new ChargeRequest(KEY, PRICE, "tok_visa", "Course: Testing");

    private final ProviderAnswers answers = new ProviderAnswers(HttpPaymentGateway.providerJson());

    // --- charge -------------------------------------------------------------------------------------

    static Stream<Arguments> chargeAnswers() {
        return Stream.of(
                argumentSet("2xx succeeded", 200, charge("ch_ok", "succeeded", 49000, "eur", null),
                        new ChargeOutcome.Succeeded("ch_ok")),
                argumentSet("201 is a success too", 201, charge("ch_ok", "succeeded", 49000, "eur", null),
                        new ChargeOutcome.Succeeded("ch_ok")),
                argumentSet("succeeded, currency in upper case", 200, charge("ch_ok", "succeeded", 49000, "EUR", null),
                        new ChargeOutcome.Succeeded("ch_ok")),
                argumentSet("succeeded without amount and currency", 200, "{\"id\": \"ch_ok\", \"status\": \"succeeded\"}",
                        new ChargeOutcome.Succeeded("ch_ok")),
                argumentSet("succeeded for another amount", 200, charge("ch_odd", "succeeded", 100, "eur", null),
                        new ChargeOutcome.Unknown("provider charge ch_odd is for another amount")),
                argumentSet("succeeded in another currency", 200, charge("ch_odd", "succeeded", 49000, "usd", null),
                        new ChargeOutcome.Unknown("provider charge ch_odd is for another amount")),
                argumentSet("2xx failed with failure code", 200, charge("ch_f", "failed", 49000, "eur", "\"card_declined\""),
                        new ChargeOutcome.Declined("ch_f", "card_declined")),
                argumentSet("2xx failed without failure code", 200, charge("ch_f", "failed", 49000, "eur", null),
                        new ChargeOutcome.Declined("ch_f", "failed")),
                argumentSet("2xx failed with a blank failure code", 200, charge("ch_f", "failed", 49000, "eur", "\" \""),
                        new ChargeOutcome.Declined("ch_f", "failed")),
                argumentSet("2xx in another status", 200, charge("ch_p", "pending", 49000, "eur", null),
                        new ChargeOutcome.Unknown("provider charge ch_p is pending")),
                argumentSet("2xx without id", 200, "{\"status\": \"succeeded\", \"amount\": 49000}",
                        malformedCharge(200)),
                argumentSet("2xx with a blank id", 200, "{\"id\": \" \", \"status\": \"succeeded\"}",
                        malformedCharge(200)),
                argumentSet("2xx without status", 200, "{\"id\": \"ch_1\"}", malformedCharge(200)),
                argumentSet("2xx with malformed JSON", 200, "{\"id\": ", malformedCharge(200)),
                argumentSet("2xx with a JSON null", 201, "null", malformedCharge(201)),
                argumentSet("402 card error with decline code", 402, error("card_error", "card_declined", "ch_declined"),
                        new ChargeOutcome.Declined("ch_declined", "card_declined")),
                argumentSet("402 without code", 402, error("card_error", null, "ch_declined"),
                        new ChargeOutcome.Declined("ch_declined", "declined")),
                argumentSet("402 with a blank code", 402, error("card_error", " ", null),
                        new ChargeOutcome.Declined(null, "declined")),
                argumentSet("402 without a body", 402, "", new ChargeOutcome.Declined(null, "declined")),
                argumentSet("400 invalid request", 400, error("invalid_request_error", "parameter_missing", null),
                        new ChargeOutcome.Declined(null, "invalid_request")),
                argumentSet("400 invalid request naming a charge", 400, error("invalid_request_error", null, "ch_x"),
                        new ChargeOutcome.Declined("ch_x", "invalid_request")),
                argumentSet("400 idempotency error", 400, error("idempotency_error", "key_reused", null),
                        new ChargeOutcome.Unknown("provider answered HTTP 400 idempotency_error/key_reused")),
                argumentSet("400 without a body", 400, "", new ChargeOutcome.Unknown("provider answered HTTP 400")),
                argumentSet("404 with error type only", 404, error("invalid_request_error", null, null),
                        new ChargeOutcome.Unknown("provider answered HTTP 404 invalid_request_error")),
                argumentSet("401 with code only", 401, error(null, "api_key_expired", null),
                        new ChargeOutcome.Unknown("provider answered HTTP 401/api_key_expired")),
                argumentSet("401 with a blank type", 401, error(" ", "api_key_expired", null),
                        new ChargeOutcome.Unknown("provider answered HTTP 401/api_key_expired")),
                argumentSet("403 with malformed JSON", 403, "{\"error\": ",
                        new ChargeOutcome.Unknown("provider answered HTTP 403")),
                argumentSet("1xx is no success", 199, charge("ch_ok", "succeeded", 49000, "eur", null),
                        new ChargeOutcome.Unknown("provider answered HTTP 199")),
                argumentSet("3xx is no success", 300, charge("ch_ok", "succeeded", 49000, "eur", null),
                        new ChargeOutcome.Unknown("provider answered HTTP 300")));
    }

    @ParameterizedTest
    @MethodSource("chargeAnswers")
    void mapsTheProvidersAnswerToAChargeOutcome(int status, String body, ChargeOutcome expected) {
        assertThat(answers.chargeOutcome(answer(status, body), REQUEST)).isEqualTo(expected);
    }

    // --- findCharge ---------------------------------------------------------------------------------

    static Stream<Arguments> chargeLists() {
        return Stream.of(
                argumentSet("empty list", "[]", Optional.empty()),
                argumentSet("one succeeded charge", "[" + listed("ch_1", "succeeded", KEY, "false") + "]",
                        Optional.of(new ProviderCharge("ch_1", KEY, ProviderCharge.Status.SUCCEEDED, PRICE, false))),
                argumentSet("one failed charge", "[" + listed("ch_1", "failed", KEY, "false") + "]",
                        Optional.of(new ProviderCharge("ch_1", KEY, ProviderCharge.Status.FAILED, PRICE, false))),
                argumentSet("one refunded charge", "[" + listed("ch_1", "succeeded", KEY, "true") + "]",
                        Optional.of(new ProviderCharge("ch_1", KEY, ProviderCharge.Status.SUCCEEDED, PRICE, true))),
                argumentSet("refunded unknown", "[" + listed("ch_1", "succeeded", KEY, "null") + "]",
                        Optional.of(new ProviderCharge("ch_1", KEY, ProviderCharge.Status.SUCCEEDED, PRICE, false))),
                argumentSet("several charges: the first", "[" + listed("ch_1", "succeeded", KEY, "false") + ", "
                                + listed("ch_2", "failed", KEY, "false") + "]",
                        Optional.of(new ProviderCharge("ch_1", KEY, ProviderCharge.Status.SUCCEEDED, PRICE, false))),
                argumentSet("recorded under a different key", "[" + listed("ch_1", "succeeded", "key-2", "false") + "]",
                        Optional.of(new ProviderCharge("ch_1", "key-2", ProviderCharge.Status.SUCCEEDED, PRICE, false))),
                argumentSet("no recorded key: the asked one", "[{\"id\": \"ch_1\", \"amount\": 49000, "
                                + "\"currency\": \"eur\", \"status\": \"succeeded\"}]",
                        Optional.of(new ProviderCharge("ch_1", KEY, ProviderCharge.Status.SUCCEEDED, PRICE, false))),
                argumentSet("blank recorded key: the asked one", "[" + listed("ch_1", "succeeded", " ", "false") + "]",
                        Optional.of(new ProviderCharge("ch_1", KEY, ProviderCharge.Status.SUCCEEDED, PRICE, false))));
    }

    @ParameterizedTest
    @MethodSource("chargeLists")
    void findsTheFirstListedCharge(String data, Optional<ProviderCharge> expected) {
        assertThat(answers.foundCharge(answer(200, list(data)), KEY)).isEqualTo(expected);
    }

    static Stream<Arguments> uncertainChargeLists() {
        return Stream.of(
                argumentSet("5xx", 500, error("api_error", null, null), "provider answered HTTP 500 api_error"),
                argumentSet("4xx", 404, error("invalid_request_error", "resource_missing", null),
                        "provider answered HTTP 404 invalid_request_error/resource_missing"),
                argumentSet("3xx", 300, list("[]"), "provider answered HTTP 300"),
                argumentSet("malformed JSON", 200, "{\"object\": ", "malformed provider answer: no charge list"),
                argumentSet("no data", 200, "{\"object\": \"list\"}", "malformed provider answer: no charge list"),
                argumentSet("JSON null", 200, "null", "malformed provider answer: no charge list"),
                argumentSet("a null charge", 200, list("[null]"), "malformed provider answer: incomplete charge"),
                argumentSet("charge without id", 200, list("[{\"amount\": 49000, \"currency\": \"eur\", \"status\": \"succeeded\"}]"),
                        "malformed provider answer: incomplete charge"),
                argumentSet("charge with a blank id", 200, list("[" + listed(" ", "succeeded", KEY, "false") + "]"),
                        "malformed provider answer: incomplete charge"),
                argumentSet("charge without amount", 200, list("[{\"id\": \"ch_1\", \"currency\": \"eur\", \"status\": \"succeeded\"}]"),
                        "malformed provider answer: incomplete charge"),
                argumentSet("charge without currency", 200, list("[{\"id\": \"ch_1\", \"amount\": 49000, \"status\": \"succeeded\"}]"),
                        "malformed provider answer: incomplete charge"),
                argumentSet("charge with a blank currency", 200,
                        list("[{\"id\": \"ch_1\", \"amount\": 49000, \"currency\": \" \", \"status\": \"succeeded\"}]"),
                        "malformed provider answer: incomplete charge"),
                argumentSet("charge in an unknown currency", 200,
                        list("[{\"id\": \"ch_1\", \"amount\": 49000, \"currency\": \"xyz\", \"status\": \"succeeded\"}]"),
                        "malformed provider answer: currency xyz"),
                argumentSet("charge still pending", 200, list("[" + listed("ch_1", "pending", KEY, "false") + "]"),
                        "provider charge ch_1 is pending; ask again later"),
                argumentSet("charge without status", 200, list("[{\"id\": \"ch_1\", \"amount\": 49000, \"currency\": \"eur\"}]"),
                        "provider charge ch_1 is null; ask again later"));
    }

    @ParameterizedTest
    @MethodSource("uncertainChargeLists")
    void throwsProviderUnavailableWhenTheAnswerSaysNothingCertain(int status, String body, String message) {
        assertThatThrownBy(() -> answers.foundCharge(answer(status, body), KEY))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessage(message);
    }

    // --- refund -------------------------------------------------------------------------------------

    static Stream<Arguments> refundAnswers() {
        return Stream.of(
                argumentSet("2xx succeeded", 200, refund("re_1", "succeeded"), new RefundOutcome.Refunded("re_1")),
                argumentSet("2xx pending", 201, refund("re_1", "pending"), new RefundOutcome.Refunded("re_1")),
                argumentSet("2xx failed", 200, refund("re_1", "failed"),
                        new RefundOutcome.Unknown("provider refund re_1 is failed")),
                argumentSet("2xx without id", 200, "{\"status\": \"succeeded\"}", malformedRefund(200)),
                argumentSet("2xx with a blank id", 200, refund(" ", "succeeded"), malformedRefund(200)),
                argumentSet("2xx without status", 200, "{\"id\": \"re_1\"}", malformedRefund(200)),
                argumentSet("2xx with malformed JSON", 200, "{\"id\": ", malformedRefund(200)),
                argumentSet("400 already refunded", 400, error("invalid_request_error", "charge_already_refunded", null),
                        new RefundOutcome.Refunded(HttpPaymentGateway.ALREADY_REFUNDED)),
                argumentSet("402 already refunded is no 400", 402, error("invalid_request_error", "charge_already_refunded", null),
                        new RefundOutcome.Unknown("provider answered HTTP 402 invalid_request_error/charge_already_refunded")),
                argumentSet("400 other error", 400, error("invalid_request_error", "resource_missing", null),
                        new RefundOutcome.Unknown("provider answered HTTP 400 invalid_request_error/resource_missing")),
                argumentSet("400 without a body", 400, "", new RefundOutcome.Unknown("provider answered HTTP 400")),
                argumentSet("5xx", 500, error("api_error", null, null),
                        new RefundOutcome.Unknown("provider answered HTTP 500 api_error")),
                argumentSet("3xx is no success", 300, refund("re_1", "succeeded"),
                        new RefundOutcome.Unknown("provider answered HTTP 300")));
    }

    @ParameterizedTest
    @MethodSource("refundAnswers")
    void mapsTheProvidersAnswerToARefundOutcome(int status, String body, RefundOutcome expected) {
        assertThat(answers.refundOutcome(answer(status, body), "ch_1", KEY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "HTTP {0}: ERROR logged {1}")
    @CsvSource({"399, false", "400, true", "404, true", "499, true", "500, false"})
    void logsARefundErrorOnlyForA4xxTheProviderWillNotRetry(int status, boolean logged) {
        List<ILoggingEvent> logs = GatewayLogs.loggedDuring(() ->
                answers.refundOutcome(answer(status, error("invalid_request_error", "resource_missing", null)), "ch_1", KEY));

        assertThat(logs).filteredOn(event -> event.getLevel() == Level.ERROR)
                .hasSize(logged ? 1 : 0);
    }

    // --- describing an answer -----------------------------------------------------------------------

    @Test
    void describesASuccessByItsStatusAlone() {
        assertThat(answers.describe(answer(200, error("api_error", "odd", null)))).isEqualTo("HTTP 200");
    }

    @Test
    void describesAnErrorByStatusTypeAndCodeButNeverItsMessage() {
        String body = "{\"error\": {\"type\": \"api_error\", \"code\": \"overloaded\", \"message\": \"tok_visa\"}}";

        assertThat(answers.describe(answer(503, body))).isEqualTo("HTTP 503 api_error/overloaded");
    }

    // --- fixtures -----------------------------------------------------------------------------------

    private static HttpAnswer answer(int status, String body) {
        return new HttpAnswer(status, body.getBytes(UTF_8));
    }

    private static String charge(String id, String status, long amount, String currency, String failureCode) {
        return """
                {"id": "%s", "object": "charge", "amount": %d, "currency": "%s", "status": "%s",
                 "failure_code": %s, "idempotency_key": "%s", "livemode": false}
                """.formatted(id, amount, currency, status, failureCode, KEY);
    }

    private static String listed(String id, String status, String key, String refunded) {
        return """
                {"id": "%s", "object": "charge", "amount": 49000, "currency": "eur", "status": "%s",
                 "refunded": %s, "idempotency_key": "%s"}""".formatted(id, status, refunded, key);
    }

    private static String list(String data) {
        return "{\"object\": \"list\", \"data\": " + data + "}";
    }

    private static String refund(String id, String status) {
        return "{\"id\": \"%s\", \"object\": \"refund\", \"charge\": \"ch_1\", \"amount\": 49000, \"status\": \"%s\"}"
                .formatted(id, status);
    }

    private static String error(String type, String code, String charge) {
        return "{\"error\": {\"type\": %s, \"code\": %s, \"message\": \"no\", \"charge\": %s}}"
                .formatted(quoted(type), quoted(code), quoted(charge));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static ChargeOutcome malformedCharge(int status) {
        return new ChargeOutcome.Unknown("malformed provider answer: HTTP " + status + " without a charge id and status");
    }

    private static RefundOutcome malformedRefund(int status) {
        return new RefundOutcome.Unknown("malformed provider answer: HTTP " + status + " without a refund id and status");
    }
}
