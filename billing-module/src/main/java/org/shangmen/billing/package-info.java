/**
 * Billing: payments, refunds, coupons, commission, ledger, settlements (C4.2, A3.2).
 */
@ApplicationModule(displayName = "Billing", allowedDependencies = {"kernel", "identity :: api", "worker :: api", "booking :: api"})
package org.shangmen.billing;

import org.springframework.modulith.ApplicationModule;
