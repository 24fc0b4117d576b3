/** REST adapter: controllers and request/response records. */
package org.shangmen.billing.adapter.in.web;
