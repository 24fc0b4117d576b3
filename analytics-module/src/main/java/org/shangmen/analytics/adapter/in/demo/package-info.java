/** Demo data: a year of history for the insights, recorded through the module's own in-port. */
package org.shangmen.analytics.adapter.in.demo;
