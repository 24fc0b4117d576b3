/**
 * Dispatch: offers, grab/accept/reject, automatic and manual assignment, reschedules (C2.4, W2, A3.1).
 */
@ApplicationModule(displayName = "Dispatch", allowedDependencies = {"kernel", "identity :: api", "worker :: api", "booking :: api"})
package org.shangmen.dispatch;

import org.springframework.modulith.ApplicationModule;
