/**
 * Notifications: message centre, real-time push, SMS/WeChat channels, private messages (C5, W3.2).
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {"kernel", "storage", "identity :: api", "worker :: api", "booking :: api", "dispatch :: api", "billing :: api", "training :: api", "complaint :: api"})
package org.shangmen.notification;

import org.springframework.modulith.ApplicationModule;
