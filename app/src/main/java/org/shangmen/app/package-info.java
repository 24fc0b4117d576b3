/**
 * The application's own wiring: persistence, web errors, request ids, security, OpenAPI and demo data, and
 * the one event of a higher module that a lower one must hear (a completed order counts for its worker).
 * Nothing depends on it.
 */
@ApplicationModule(displayName = "Application", allowedDependencies = {"kernel", "persistence", "identity :: api", "worker :: api", "booking :: api"})
package org.shangmen.app;

import org.springframework.modulith.ApplicationModule;
