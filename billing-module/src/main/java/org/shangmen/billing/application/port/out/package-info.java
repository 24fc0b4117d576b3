/** Outbound ports: what the use cases need from the outside (stores, providers). */
package org.shangmen.billing.application.port.out;
