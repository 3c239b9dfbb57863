package dev.roster.enrollment.payment.adapter;

/** What a call asks of the provider; its tag names it in metrics and logs. */
enum ProviderOperation {
    CHARGE("charge"), FIND_CHARGE("find_charge"), REFUND("refund");

    final String tag;

    ProviderOperation(String tag) {
        this.tag = tag;
    }
}
