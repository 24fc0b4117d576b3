package org.shangmen.dispatch.domain;

/**
 * The rungs of the escalation ladder, tried in order: the customer's chosen or previous worker, a
 * targeted push to the best-ranked eligible workers nearby, a wider push, an open grab pool for every
 * eligible worker in the district, and finally the operators.
 */
public enum Step {
    PREFERRED, TARGETED, WIDENED, OPEN_POOL, OPERATOR
}
