/** Pure Java domain model: aggregates, value objects, domain services. No Spring, JDBI or Jackson. */
package org.shangmen.notification.domain;
