/** JDBI persistence adapter for the module's own schema "worker". */
package org.shangmen.worker.adapter.out.persistence;
