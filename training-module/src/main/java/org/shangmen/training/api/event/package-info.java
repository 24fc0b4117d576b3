/** Training's published facts: enrolments, exam results, certificates and badges earned or expiring. */
package org.shangmen.training.api.event;
