/** Domain events handed to outside systems through a message broker (Spring Modulith's event externalisation). */
package org.shangmen.app.events;
