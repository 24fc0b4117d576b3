/** Events the module publishes; part of its published "api" interface. */
@NamedInterface("api")
package org.shangmen.booking.api.event;

import org.springframework.modulith.NamedInterface;
