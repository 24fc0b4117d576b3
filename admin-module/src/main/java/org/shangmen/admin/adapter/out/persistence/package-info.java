/** JDBI persistence adapter for the module's own schema "admin". */
package org.shangmen.admin.adapter.out.persistence;
