/**
 * Training's published facts: enrolments, seats, exam results, certificates and badges earned or ending;
 * part of its published "api" interface. A worker's id is the id of the worker's account.
 */
@NamedInterface("api")
package org.shangmen.training.api.event;

import org.springframework.modulith.NamedInterface;
