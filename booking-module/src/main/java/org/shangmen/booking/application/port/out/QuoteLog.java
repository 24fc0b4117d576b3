package org.shangmen.booking.application.port.out;

import org.shangmen.booking.api.event.QuoteMade;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Every quote made, as it was published: what a reader that rebuilds its own view of the order funnel reads again. */
public interface QuoteLog {

    /** Keeps nothing: for a booking module run without a database (tests of the use cases alone). */
    QuoteLog NONE = new QuoteLog() {
        @Override
        public void add(QuoteMade quote) {
        }

        @Override
        public Page<QuoteMade> all(PageRequest page) {
            return Page.of(java.util.List.of(), page, 0);
        }
    };

    void add(QuoteMade quote);

    /** All quotes, oldest first. */
    Page<QuoteMade> all(PageRequest page);
}
