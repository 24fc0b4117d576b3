/**
 * Two tiny modules that exist only to show {@code ArchitectureTest}'s service-to-port rule failing on a
 * service that reaches past its ports (shop) and passing on one that does not (till).
 */
package org.shangmen.app.archfixture;
