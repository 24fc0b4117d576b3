/**
 * Events the module publishes; part of its published "api" interface. A worker's id is the id of the
 * worker's account, so listeners can address the worker directly.
 */
@NamedInterface("api")
package org.shangmen.worker.api.event;

import org.springframework.modulith.NamedInterface;
