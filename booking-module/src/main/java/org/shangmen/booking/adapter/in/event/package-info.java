/** Events of other modules that booking acts on. */
package org.shangmen.booking.adapter.in.event;
