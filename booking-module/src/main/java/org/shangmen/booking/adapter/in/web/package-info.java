/** REST adapter: controllers and request/response records. */
package org.shangmen.booking.adapter.in.web;
