/**
 * Complaints (投诉) on orders: a customer files one during or up to 30 days after the service, operators
 * handle it against a deadline and resolve it with an outcome (refund through billing, penalty through
 * worker, retraining through training), the worker may add a statement (A2.1).
 */
@ApplicationModule(displayName = "Complaint", allowedDependencies = {"kernel", "storage", "web", "identity :: api", "worker :: api", "booking :: api", "billing :: api", "training :: api"})
package org.shangmen.complaint;

import org.springframework.modulith.ApplicationModule;
