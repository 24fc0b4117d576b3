/** JDBI persistence adapter for the module's own schema "notification". */
package org.shangmen.notification.adapter.out.persistence;
