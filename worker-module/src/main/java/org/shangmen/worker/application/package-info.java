/** Use cases: transactions, orchestration of the domain through out-ports, event publication. */
package org.shangmen.worker.application;
