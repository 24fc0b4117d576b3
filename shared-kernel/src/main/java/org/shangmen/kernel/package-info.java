/**
 * The shared kernel: small, pure-Java value types every module may use. No Spring, no JDBI, no Jackson.
 */
package org.shangmen.kernel;
