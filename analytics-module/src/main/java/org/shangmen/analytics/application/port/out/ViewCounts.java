package org.shangmen.analytics.application.port.out;

import org.shangmen.analytics.domain.InsightFilter;

/**
 * The order funnel's step before the quote, as the store keeps it: views of items' pages and of orders' details
 * in a period, under the filter's region (the district the page was asked for; views without one count only
 * without a region) and item. The skill filter does not apply to views.
 */
public interface ViewCounts {

    Views views(InsightFilter filter);

    /**
     * @param itemViews   views of an item's page
     * @param viewers     distinct signed-in customers among them
     * @param orderViews  views of an order's detail
     */
    record Views(long itemViews, long viewers, long orderViews) {
    }
}
