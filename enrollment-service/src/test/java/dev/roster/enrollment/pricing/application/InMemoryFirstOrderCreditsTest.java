package dev.roster.enrollment.pricing.application;

class InMemoryFirstOrderCreditsTest extends FirstOrderCreditsContract {

    private final InMemoryFirstOrderCredits credits = new InMemoryFirstOrderCredits();

    @Override
    protected FirstOrderCredits credits() {
        return credits;
    }
}
