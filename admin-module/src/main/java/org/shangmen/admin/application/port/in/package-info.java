/** Inbound ports: one interface per use case, with self-validating command records. */
package org.shangmen.admin.application.port.in;
