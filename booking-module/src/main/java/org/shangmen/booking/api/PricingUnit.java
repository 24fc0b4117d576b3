package org.shangmen.booking.api;

/** What a service item's unit price is for (C2.1). The quantity of a line counts these units. */
public enum PricingUnit {
    PER_VISIT("次"),
    PER_HOUR("小时"),
    PER_SQUARE_METRE("平方米"),
    PER_DAY("天"),
    PER_APPLIANCE("台");

    private final String chineseName;

    PricingUnit(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
