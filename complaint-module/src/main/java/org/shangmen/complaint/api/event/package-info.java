/** Events the module publishes; part of its published "api" interface. */
@NamedInterface("api")
package org.shangmen.complaint.api.event;

import org.springframework.modulith.NamedInterface;
