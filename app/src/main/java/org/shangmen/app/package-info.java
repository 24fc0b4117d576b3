/**
 * The application's own wiring: persistence, web errors, request ids, security, OpenAPI and demo data.
 * Nothing depends on it.
 */
@ApplicationModule(displayName = "Application", allowedDependencies = {"kernel", "identity :: api"})
package org.shangmen.app;

import org.springframework.modulith.ApplicationModule;
