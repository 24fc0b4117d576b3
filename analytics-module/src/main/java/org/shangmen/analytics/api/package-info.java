/**
 * Published: the ports and event types other modules may use. Everything else in the module is internal.
 */
@NamedInterface("api")
package org.shangmen.analytics.api;

import org.springframework.modulith.NamedInterface;
