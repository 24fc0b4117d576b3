/**
 * Workers: onboarding, certification, profiles, schedules, search, penalties, and the directory of service areas (W1.2, C3, A2.1).
 */
@ApplicationModule(displayName = "Worker", allowedDependencies = {"kernel", "persistence", "storage", "identity :: api"})
package org.shangmen.worker;

import org.springframework.modulith.ApplicationModule;
