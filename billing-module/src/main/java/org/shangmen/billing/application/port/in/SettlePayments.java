package org.shangmen.billing.application.port.in;

import java.util.Map;
import org.shangmen.billing.application.port.out.NoticeReader.VerifiedNotice;

/**
 * Settles payments and refunds from verified provider notices or from the platform's own queries. The
 * same fact any number of times, in any order, at the same time, settles once.
 */
public interface SettlePayments {

    /** A provider's notice as received; false when it does not verify (the provider is told so). */
    boolean notice(String provider, Map<String, String> headers, String rawBody);

    /** A notice already verified (the sandbox's, or one read by a provider adapter). */
    void settle(String provider, VerifiedNotice notice);

    /** Asks the providers about payments and refunds still pending; answers how many it settled. */
    int reconcile();
}
