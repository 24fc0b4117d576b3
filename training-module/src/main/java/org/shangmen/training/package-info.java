/**
 * Training: courses, enrolment, progress, exams, certificates, badges (W4).
 */
@ApplicationModule(displayName = "Training", allowedDependencies = {"kernel", "storage", "identity :: api", "worker :: api"})
package org.shangmen.training;

import org.springframework.modulith.ApplicationModule;
