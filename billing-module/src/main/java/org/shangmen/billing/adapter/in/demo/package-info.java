/** Demo data: coupons of the demo city, seeded through the module's own use cases. */
package org.shangmen.billing.adapter.in.demo;
