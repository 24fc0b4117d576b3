/**
 * The application's own wiring: persistence, web errors, request ids, security, OpenAPI, demo data, and the
 * operators' platform operations (backups, health) that need the data source and every module's folders.
 * Nothing depends on it.
 */
@ApplicationModule(displayName = "Application", allowedDependencies = {"kernel", "provider", "persistence", "identity :: api", "admin :: api"})
package org.shangmen.app;

import org.springframework.modulith.ApplicationModule;
