/**
 * Admin: operators' REST, admin accounts and permissions, audit, settings, analytics (A1-A4).
 */
@ApplicationModule(displayName = "Admin", allowedDependencies = {"kernel", "identity :: api", "worker :: api", "booking :: api", "dispatch :: api", "billing :: api", "training :: api"})
package org.shangmen.admin;

import org.springframework.modulith.ApplicationModule;
