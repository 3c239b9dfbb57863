package dev.roster.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void knowsEachEventByTheNameAndRoutingKeyEnrollmentServicePublishesItWith() {
        assertThat(EventType.CONFIRMED.wireName()).isEqualTo("EnrollmentConfirmed");
        assertThat(EventType.CONFIRMED.routingKey()).isEqualTo("enrollment.confirmed");
        assertThat(EventType.CANCELLED.wireName()).isEqualTo("EnrollmentCancelled");
        assertThat(EventType.CANCELLED.routingKey()).isEqualTo("enrollment.cancelled");
    }

    @Test
    void findsATypeByItsWireNameOnly() {
        assertThat(EventType.fromWireName("EnrollmentCancelled")).contains(EventType.CANCELLED);
        assertThat(EventType.fromWireName("enrollment.cancelled")).isEmpty();
        assertThat(EventType.fromWireName("EnrollmentExpired")).isEmpty();
    }
}
