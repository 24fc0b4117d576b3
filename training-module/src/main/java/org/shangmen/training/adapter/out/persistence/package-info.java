/** JDBI persistence adapter for the module's own schema "training". */
package org.shangmen.training.adapter.out.persistence;
