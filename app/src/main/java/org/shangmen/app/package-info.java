/**
 * The application's own wiring: persistence, web errors, request ids, security, OpenAPI, demo data, the
 * domain events handed to outside systems, and the operators' platform operations (backups, health) that
 * need the data source and every module's folders. Nothing depends on it.
 */
@ApplicationModule(displayName = "Application", allowedDependencies = {"kernel", "provider", "persistence", "identity :: api", "admin :: api",
        "booking :: api", "billing :: api", "worker :: api"})
package org.shangmen.app;

import org.springframework.modulith.ApplicationModule;
