package dev.roster.enrollment.outbox.application;

/** Why a relay run stopped; the tag names it in metrics. */
public enum FailureReason {
    /** The broker refused the message (a negative publisher confirm). */
    NACKED("nacked"),
    /** The broker returned the mandatory message: no queue is bound for its routing key. */
    RETURNED("returned"),
    /** No confirm arrived within the confirm timeout. */
    TIMED_OUT("timeout"),
    /** The broker could not be reached or the channel failed. */
    BROKER_ERROR("broker_error"),
    /** The event's type has no routing key: a bug in this service, logged as an error. */
    UNKNOWN_TYPE("unknown_type"),
    /** The outbox table could not be read, updated or committed. */
    OUTBOX_ERROR("outbox_error");

    private final String tag;

    FailureReason(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
