/** JDBI persistence adapter for the module's own schema "billing". */
package org.shangmen.billing.adapter.out.persistence;
