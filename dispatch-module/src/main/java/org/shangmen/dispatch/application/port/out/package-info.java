/** Outbound ports: what the use cases need from the outside (stores, providers). */
package org.shangmen.dispatch.application.port.out;
