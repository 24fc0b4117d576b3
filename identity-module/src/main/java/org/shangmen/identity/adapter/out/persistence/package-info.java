/** JDBI persistence adapter for the module's own schema "identity". */
package org.shangmen.identity.adapter.out.persistence;
