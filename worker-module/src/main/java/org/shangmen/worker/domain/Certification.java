package org.shangmen.worker.domain;

/** Where a worker stands with the platform's review (W1.2, A2.1). */
public enum Certification {
    /** Filling in the profile; not yet submitted. */
    DRAFT,
    /** Waiting for an operator's review; the profile is frozen. */
    SUBMITTED,
    /** Certified: may take orders (unless suspended or removed). */
    APPROVED,
    /** Sent back with a reason; the worker fixes and resubmits. */
    REJECTED
}
