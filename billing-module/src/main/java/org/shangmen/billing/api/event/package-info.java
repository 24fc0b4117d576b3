/** Events the module publishes (refunds completed, statements ready); part of its published "api" interface. */
@NamedInterface("api")
package org.shangmen.billing.api.event;

import org.springframework.modulith.NamedInterface;
