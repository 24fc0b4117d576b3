/** JDBI persistence adapter for the module's own schema "dispatch". */
package org.shangmen.dispatch.adapter.out.persistence;
