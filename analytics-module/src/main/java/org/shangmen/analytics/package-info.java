/**
 * Analytics: one analytical store fed by the domain events the other modules publish (facts per order,
 * review and complaint; dimensions for customers, workers, items, districts and days), rebuilt from the
 * modules' published api on demand, and the insights operators run the business on (A4.1, A4.2).
 * A sink: nobody depends on it.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = {"kernel", "web", "identity :: api", "worker :: api", "booking :: api", "dispatch :: api", "billing :: api", "training :: api", "complaint :: api"})
package org.shangmen.analytics;

import org.springframework.modulith.ApplicationModule;
