/**
 * How the platform's one {@link org.jdbi.v3.core.Jdbi} is set up, in one place for the application and
 * for the load drivers that must read and write rows the way it does: {@link org.shangmen.persistence.JdbiSetup}.
 */
package org.shangmen.persistence;
