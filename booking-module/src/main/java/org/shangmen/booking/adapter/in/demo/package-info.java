/** Demo data: the catalogue of the demo city, seeded through the module's own use cases. */
package org.shangmen.booking.adapter.in.demo;
