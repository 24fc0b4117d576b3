/** JDBI persistence adapter for the module's own schema "booking". */
package org.shangmen.booking.adapter.out.persistence;
