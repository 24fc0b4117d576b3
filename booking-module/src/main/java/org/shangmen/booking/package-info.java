/**
 * Booking: catalogue, options, quotes, slots, orders, changes, reviews (C2, C4, A2.2).
 */
@ApplicationModule(displayName = "Booking", allowedDependencies = {"kernel", "persistence", "storage", "identity :: api", "worker :: api"})
package org.shangmen.booking;

import org.springframework.modulith.ApplicationModule;
